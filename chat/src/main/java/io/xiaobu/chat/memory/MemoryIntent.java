package io.xiaobu.chat.memory;

/** What a memory-related utterance asks for, other than stating a fact. */
public sealed interface MemoryIntent {

    /** Forget the facts whose key starts with {@code keyPrefix}; {@code label} names them in the reply (生日). */
    record Forget(String keyPrefix, String label) implements MemoryIntent {
    }

    /** Forget everything about the user. */
    record ForgetAll() implements MemoryIntent {
    }

    /**
     * Recall one kind of fact.
     *
     * @param subject relation or anniversary name when asked (老婆, 结婚纪念日), else null
     * @param phone   true when the question is about a phone number
     */
    record Ask(MemoryKind kind, String subject, boolean phone) implements MemoryIntent {
    }

    /** "你都记得我什么": list what is remembered. */
    record AskAll() implements MemoryIntent {
    }
}
