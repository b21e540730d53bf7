package io.xiaobu.time.parse;

import io.xiaobu.time.Dimension;
import io.xiaobu.time.MentionValue;

/** A value a recogniser found at {@code [start, end)}; overlapping candidates are resolved later. */
public record Candidate(Dimension dimension, int start, int end, MentionValue value) {
    public int length() {
        return end - start;
    }
}
