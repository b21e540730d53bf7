package io.xiaobu.skills.sdk.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A skill's interaction model: what it understands and on which devices it runs.
 *
 * @param id          skill id, lower-case, e.g. {@code alarm}
 * @param version     semantic version, e.g. {@code 1.0.0}
 * @param description one line for people
 * @param devices     supported device types ({@code phone, watch, speaker, tv, car, tablet})
 * @param intents     the intents, in file order
 * @param types       custom slot types declared by the skill
 * @param rules       named sub-rules usable as {@code <name>} in samples
 */
public record InteractionModel(String id, String version, String description, List<String> devices,
                               List<IntentModel> intents, List<CustomType> types, Map<String, String> rules) {

    public InteractionModel {
        devices = List.copyOf(devices);
        intents = List.copyOf(intents);
        types = List.copyOf(types);
        rules = Map.copyOf(rules);
    }

    public Optional<IntentModel> intent(String name) {
        return intents.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    public Optional<CustomType> type(String name) {
        return types.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public boolean supportsDevice(String deviceType) {
        return devices.isEmpty() || deviceType == null || devices.contains(deviceType);
    }
}
