package io.xiaobu.nlu.grammar;

import io.xiaobu.nlu.Slot;

/**
 * A slot value found by the rule matcher.
 *
 * @param name          the slot name reported to skills
 * @param kind          how it was filled: {@code list}, {@code wildcard} or {@code recognizer:<id>}
 * @param start         start in the normalised text
 * @param end           end (exclusive) in the normalised text
 * @param originalStart start in the original text
 * @param originalEnd   end (exclusive) in the original text
 * @param value         the original words, e.g. {@code 威信}
 * @param canonical     the list value's canonical text (e.g. {@code 微信}), else the normalised span
 * @param normalized    the value for skills, e.g. {@code com.tencent.mm}, {@code 50}
 */
public record SlotMatch(String name, String kind, int start, int end, int originalStart, int originalEnd,
                        String value, String canonical, String normalized) {

    /** The contract slot, with the span in the original text. */
    public Slot toSlot() {
        return new Slot(name, value, normalized, originalStart, originalEnd, null);
    }
}
