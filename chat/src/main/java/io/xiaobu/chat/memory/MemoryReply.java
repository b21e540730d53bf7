package io.xiaobu.chat.memory;

import java.util.List;

/**
 * What the memory stage says back.
 *
 * @param text   the Chinese reply
 * @param action {@code remembered}, {@code recalled}, {@code unknown} (asked but nothing stored) or {@code forgot}
 * @param keys   the fact keys involved
 */
public record MemoryReply(String text, String action, List<String> keys) {

    public MemoryReply {
        keys = List.copyOf(keys);
    }
}
