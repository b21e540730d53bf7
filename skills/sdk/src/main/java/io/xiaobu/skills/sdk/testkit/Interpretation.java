package io.xiaobu.skills.sdk.testkit;

import io.xiaobu.skills.sdk.SlotValue;

import java.util.List;

/**
 * What the understanding step made of an utterance.
 *
 * @param skillId the skill it routes to
 * @param intent  the intent, or {@code null} for a bare answer to a pending question
 * @param slots   slot values
 */
public record Interpretation(String skillId, String intent, List<SlotValue> slots) {
    public Interpretation {
        slots = List.copyOf(slots);
    }
}
