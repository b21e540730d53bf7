package io.xiaobu.nlu.text;

import io.xiaobu.nlu.NormalizedText;

/**
 * One small, lossless transformation of normalised text.
 *
 * <p>A filter receives text that earlier filters produced (with its offsets into the original) and
 * returns new text whose offsets still point into the same original. Filters never throw on any input.
 */
public interface TextFilter {

    /** Transforms {@code in}; the result keeps {@code in.original()} and maps every char back into it. */
    NormalizedText apply(NormalizedText in);

    /** A short name for logs and explanations, e.g. {@code width}. */
    String name();
}
