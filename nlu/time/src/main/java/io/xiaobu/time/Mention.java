package io.xiaobu.time;

/**
 * One value found in the text.
 *
 * @param dimension what kind of value it is
 * @param text      the covered text, exactly as given (before width normalisation)
 * @param start     start offset in the input string (UTF-16 {@code char} index, inclusive)
 * @param end       end offset (exclusive)
 * @param value     the resolved value; its record type follows the dimension (see {@link MentionValue})
 */
public record Mention(Dimension dimension, String text, int start, int end, MentionValue value) {
}
