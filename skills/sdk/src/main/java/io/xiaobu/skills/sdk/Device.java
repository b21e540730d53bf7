package io.xiaobu.skills.sdk;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The device the user spoke to.
 *
 * @param type         {@code phone, watch, speaker, tv, car, tablet}
 * @param capabilities what it can do, e.g. {@code screen, wifi, bluetooth, flashlight, screenshot, phone.call}
 * @param contacts     the address book the device shared for this turn (may be empty)
 * @param settings     current device state, e.g. {@code volume=40}, {@code brightness=70}
 */
public record Device(String type, Set<String> capabilities, List<Contact> contacts, Map<String, String> settings) {

    public Device {
        type = type == null ? "phone" : type;
        capabilities = capabilities == null ? Set.of() : Set.copyOf(capabilities);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    public static Device of(String type, String... capabilities) {
        return new Device(type, Set.of(capabilities), List.of(), Map.of());
    }

    public boolean can(String capability) {
        return capabilities.contains(capability);
    }

    public boolean hasScreen() {
        return !"speaker".equals(type) && (capabilities.isEmpty() || capabilities.contains("screen"));
    }

    public Device withContacts(List<Contact> list) {
        return new Device(type, capabilities, list, settings);
    }

    public Device withSettings(Map<String, String> values) {
        return new Device(type, capabilities, contacts, values);
    }
}
