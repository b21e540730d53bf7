package io.xiaobu.time.parse;

import io.xiaobu.time.Dimension;
import io.xiaobu.time.MentionValue;

/**
 * A value a recogniser found at {@code [start, end)}; overlapping candidates are resolved later. A null
 * value marks a span that was read but cannot be resolved (2月30号): it wins its span and is then dropped.
 */
public record Candidate(Dimension dimension, int start, int end, MentionValue value) {
    public int length() {
        return end - start;
    }
}
