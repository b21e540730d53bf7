package io.xiaobu.dialog.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The kinds of device that talk to the assistant; replies are shaped for each. */
public enum DeviceType {
    PHONE, WATCH, TV, CAR, SPEAKER;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the wire name; unknown names are a client error reported by the caller. */
    @JsonCreator
    public static DeviceType fromWire(String name) {
        if (name == null) return null;
        for (DeviceType t : values()) if (t.wireName().equals(name.trim().toLowerCase(Locale.ROOT))) return t;
        throw new IllegalArgumentException("unknown device type '" + name + "' (expected phone, watch, tv, car or speaker)");
    }

    /** Whether the device has a screen to show text on. */
    public boolean hasScreen() {
        return this != SPEAKER;
    }
}
