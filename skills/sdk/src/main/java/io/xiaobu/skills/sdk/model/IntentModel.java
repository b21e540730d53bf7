package io.xiaobu.skills.sdk.model;

import java.util.List;
import java.util.Optional;

/**
 * One intent of a skill.
 *
 * @param name         intent name, e.g. {@code alarm.set}
 * @param samples      sample utterance templates ({@code (a|b)}, {@code [x]}, {@code {slot}}, {@code <rule>})
 * @param slots        the slots this intent can carry
 * @param confirmation a confirmation prompt for destructive intents, or {@code null}
 */
public record IntentModel(String name, List<String> samples, List<SlotModel> slots, String confirmation) {

    public IntentModel {
        samples = List.copyOf(samples);
        slots = List.copyOf(slots);
    }

    public Optional<SlotModel> slot(String slotName) {
        return slots.stream().filter(s -> s.name().equals(slotName)).findFirst();
    }

    public List<SlotModel> requiredSlots() {
        return slots.stream().filter(SlotModel::required).toList();
    }
}
