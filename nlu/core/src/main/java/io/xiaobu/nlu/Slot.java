package io.xiaobu.nlu;

/**
 * One slot value found in an utterance.
 *
 * @param name       slot name from the skill's interaction model, e.g. {@code app} or {@code datetime}
 * @param value      the words as the user said them (a span of the original text)
 * @param normalized the canonical value (a package name, an ISO-8601 time, a canonical entity name)
 * @param start      start offset in the <em>original</em> request text (inclusive)
 * @param end        end offset in the original request text (exclusive)
 * @param entityId   the knowledge-graph entity this value links to, or {@code null}
 */
public record Slot(String name, String value, String normalized, int start, int end, String entityId) {

    public Slot {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("slot name is empty");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + "," + end + ") for slot " + name);
    }

    public Slot withNormalized(String value) {
        return new Slot(name, this.value, value, start, end, entityId);
    }

    public Slot withEntityId(String id) {
        return new Slot(name, value, normalized, start, end, id);
    }
}
