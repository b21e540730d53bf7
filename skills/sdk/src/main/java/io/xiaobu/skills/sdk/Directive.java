package io.xiaobu.skills.sdk;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Something the device should do: {@code app.open}, {@code media.play}, {@code alarm.set},
 * {@code timer.start}, {@code device.setting}, {@code phone.call} … with a flat payload.
 */
public record Directive(String type, Map<String, Object> payload) {

    public Directive {
        if (type == null || type.isBlank()) throw new IllegalArgumentException("directive type is empty");
        Map<String, Object> copy = new LinkedHashMap<>();
        if (payload != null) payload.forEach((k, v) -> { if (k != null && v != null) copy.put(k, v); });
        payload = java.util.Collections.unmodifiableMap(copy);
    }

    public static Directive of(String type) {
        return new Directive(type, Map.of());
    }

    /** A copy with one more payload entry (null values are dropped). */
    public Directive with(String key, Object value) {
        Map<String, Object> p = new LinkedHashMap<>(payload);
        if (value != null) p.put(key, value);
        return new Directive(type, p);
    }

    public Object get(String key) {
        return payload.get(key);
    }
}
