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
 * @param title        what the intent is called when the assistant asks which one was meant ("你是想听音乐，还是看视频？"),
 *                     e.g. {@code 听音乐}; {@code null} to use the skill's description
 */
public record IntentModel(String name, List<String> samples, List<SlotModel> slots, String confirmation, String title) {

    public IntentModel {
        samples = List.copyOf(samples);
        slots = List.copyOf(slots);
    }

    /** An intent without a title of its own. */
    public IntentModel(String name, List<String> samples, List<SlotModel> slots, String confirmation) {
        this(name, samples, slots, confirmation, null);
    }

    public Optional<SlotModel> slot(String slotName) {
        return slots.stream().filter(s -> s.name().equals(slotName)).findFirst();
    }

    public List<SlotModel> requiredSlots() {
        return slots.stream().filter(SlotModel::required).toList();
    }
}
