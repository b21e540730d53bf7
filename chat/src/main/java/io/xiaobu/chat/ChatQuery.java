package io.xiaobu.chat;

import java.util.List;

/**
 * One chat request.
 *
 * @param userId      whose memory may be read and written (blank: no memory)
 * @param turnId      the turn this text comes from (recorded with remembered facts)
 * @param text        what the user said (ASR text after normalisation)
 * @param recentTurns the session's last turns, oldest first (user and assistant); replies already said there are not repeated
 * @param embedding   the shared backbone's sentence embedding of exactly {@code text}, when the understand stage
 *                    computed it (the safety head reads it); null when there is none
 * @param generate    whether a generated reply is worth its cost: false when the caller already knows a
 *                    generated reply (the ranker's fallback) cannot win the turn
 */
public record ChatQuery(String userId, String turnId, String text, List<String> recentTurns, float[] embedding,
                        boolean generate) {

    public ChatQuery {
        recentTurns = recentTurns == null ? List.of() : List.copyOf(recentTurns);
        text = text == null ? "" : text;
    }

    /** A query without a backbone embedding. */
    public ChatQuery(String userId, String turnId, String text, List<String> recentTurns) {
        this(userId, turnId, text, recentTurns, null, true);
    }
}
