package io.xiaobu.skills.sdk.model;

import java.util.List;

/**
 * One slot of an intent.
 *
 * @param name     slot name, e.g. {@code time}
 * @param type     {@code sys.*}, {@code kg.*} or the name of a custom type
 * @param required whether the runtime must ask for it before calling the handler
 * @param prompts  questions asking for the slot (one is chosen per turn); required slots need one
 * @param examples example values used by samplers and contract tests (normalised form)
 */
public record SlotModel(String name, String type, boolean required, List<String> prompts, List<String> examples) {

    public SlotModel {
        prompts = List.copyOf(prompts);
        examples = List.copyOf(examples);
    }
}
