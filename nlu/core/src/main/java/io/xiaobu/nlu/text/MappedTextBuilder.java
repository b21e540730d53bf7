package io.xiaobu.nlu.text;

import io.xiaobu.nlu.NormalizedText;

import java.util.Arrays;

/** Builds normalised text char by char, remembering for each char the original offset it came from. */
final class MappedTextBuilder {

    private final StringBuilder text;
    private int[] offsets;

    MappedTextBuilder(int capacity) {
        text = new StringBuilder(capacity);
        offsets = new int[Math.max(capacity, 4) + 1];
    }

    MappedTextBuilder append(char c, int originalOffset) {
        if (text.length() + 1 >= offsets.length) offsets = Arrays.copyOf(offsets, offsets.length * 2);
        offsets[text.length()] = originalOffset;
        text.append(c);
        return this;
    }

    /** Appends char {@code i} of {@code in} unchanged. */
    MappedTextBuilder copy(NormalizedText in, int i) {
        return append(in.text().charAt(i), in.offsets()[i]);
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    /** Removes the last {@code n} chars. */
    void dropLast(int n) {
        text.setLength(Math.max(0, text.length() - n));
    }

    NormalizedText build(String original) {
        int n = text.length();
        int[] o = Arrays.copyOf(offsets, n + 1);
        o[n] = original.length();
        return new NormalizedText(original, text.toString(), o);
    }
}
