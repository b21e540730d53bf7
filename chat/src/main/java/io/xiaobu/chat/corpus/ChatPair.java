package io.xiaobu.chat.corpus;

import java.util.List;

/**
 * One post with the reply (or, for persona entries, the interchangeable replies) that answered it.
 *
 * @param post    what was said, cleaned, no LCCC spaces
 * @param replies one or more replies; corpora have one, persona entries may have several
 * @param source  {@code persona}, {@code lccc}, {@code kdconv} or {@code chatterbot}
 * @param entryId persona entry id or corpus file name, for explanations
 */
public record ChatPair(String post, List<String> replies, String source, String entryId) {

    public ChatPair {
        replies = List.copyOf(replies);
    }

    public static ChatPair of(String post, String reply, String source, String entryId) {
        return new ChatPair(post, List.of(reply), source, entryId);
    }

    /** The first reply: the only one for corpus pairs. */
    public String reply() {
        return replies.getFirst();
    }
}
