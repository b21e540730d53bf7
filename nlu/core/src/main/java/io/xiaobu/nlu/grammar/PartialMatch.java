package io.xiaobu.nlu.grammar;

import io.xiaobu.nlu.Understanding;

import java.util.List;

/**
 * A template that almost matched; reported, never forced into a full match.
 *
 * @param kind          {@link Kind#PREFIX}: the text is a prefix of the template ("打开" of "打开{app}");
 *                      {@link Kind#SLOT_FAILED}: the template matched except that one slot's words are not a
 *                      value it knows ("打开抖音" when 抖音 is not in {app})
 * @param template      the template
 * @param slots         slots that did match
 * @param failedSlot    for SLOT_FAILED the slot whose value failed (its span and words), else {@code null}
 * @param expected      for PREFIX what could come next, e.g. {@code [{app}, 一]}; else empty
 * @param understanding a low-confidence hypothesis (source {@code rule}) with the matched slots and, for
 *                      SLOT_FAILED, the failed slot's words with a {@code null} normalised value
 */
public record PartialMatch(Kind kind, TemplateRef template, List<SlotMatch> slots, SlotMatch failedSlot,
                           List<String> expected, Understanding understanding) {

    public enum Kind { PREFIX, SLOT_FAILED }

    public PartialMatch {
        slots = List.copyOf(slots);
        expected = List.copyOf(expected);
    }
}
