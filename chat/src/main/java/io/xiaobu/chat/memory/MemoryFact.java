package io.xiaobu.chat.memory;

/**
 * A fact extracted from one utterance, before it is stored.
 *
 * @param kind    what it is about
 * @param subject {@code self} for the user, or the anniversary / liked thing / relation
 * @param value   the remembered value ("" when only a phone was given for a family member)
 * @param phone   a phone number for family members, else ""
 */
public record MemoryFact(MemoryKind kind, String subject, String value, String phone) {

    /** The store key: one active fact per key. */
    public String key() {
        return kind.name() + ":" + subject;
    }
}
