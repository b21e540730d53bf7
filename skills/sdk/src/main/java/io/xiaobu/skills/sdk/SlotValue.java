package io.xiaobu.skills.sdk;

/**
 * A slot value as the handler sees it.
 *
 * @param name       slot name from the interaction model
 * @param raw        the words as the user said them
 * @param normalized the canonical value (ISO-8601 time, number, canonical entity name); never null
 * @param entityId   the knowledge-graph entity it links to, or {@code null}
 */
public record SlotValue(String name, String raw, String normalized, String entityId) {

    public SlotValue {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("slot name is empty");
        if (raw == null) raw = normalized == null ? "" : normalized;
        if (normalized == null) normalized = raw;
    }

    public static SlotValue of(String name, String value) {
        return new SlotValue(name, value, value, null);
    }
}
