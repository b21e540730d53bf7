package io.xiaobu.nlu;

import java.util.Arrays;

/**
 * Text after normalisation, with a map back to the original so that every span stays lossless.
 *
 * @param original the text exactly as the device sent it
 * @param text     the normalised text the matchers and models see
 * @param offsets  for each char of {@code text}, the index of the original char it came from;
 *                 one extra trailing entry holds {@code original.length()}
 */
public record NormalizedText(String original, String text, int[] offsets) {

    public NormalizedText {
        if (offsets.length != text.length() + 1) {
            throw new IllegalArgumentException("offsets must have text.length()+1 entries");
        }
        offsets = offsets.clone();
    }

    /** Identity normalisation: text equals original. */
    public static NormalizedText identity(String text) {
        int[] o = new int[text.length() + 1];
        for (int i = 0; i <= text.length(); i++) o[i] = i;
        return new NormalizedText(text, text, o);
    }

    /** Original offset where normalised char {@code i} starts. */
    public int originalStart(int i) {
        return offsets[i];
    }

    /** Original offset (exclusive) where the normalised span ending at {@code end} (exclusive) ends. */
    public int originalEnd(int end) {
        if (end == 0) return offsets[0];
        int last = offsets[end - 1];
        return Character.isHighSurrogate(original.charAt(last)) && last + 1 < original.length() ? last + 2 : last + 1;
    }

    /** The original text under the normalised span {@code [start, end)}. */
    public String originalText(int start, int end) {
        int s = originalStart(start);
        int e = Math.max(s, originalEnd(end));
        return end <= start ? "" : original.substring(s, e);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NormalizedText n && n.original.equals(original) && n.text.equals(text) && Arrays.equals(n.offsets, offsets);
    }

    @Override
    public int hashCode() {
        return original.hashCode() * 31 + text.hashCode();
    }

    @Override
    public String toString() {
        return "NormalizedText[" + original + " -> " + text + "]";
    }
}
