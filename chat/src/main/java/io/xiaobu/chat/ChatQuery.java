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
 * @param safetyText  what the safety checks read instead of {@code text}, e.g. the text with the titles of songs
 *                    and films the caller recognised masked ("帮我放个原子弹" asks for a song); the reply is still
 *                    found for {@code text} ("你叫什么名字" is a song title and a question to the assistant).
 *                    Null or equal to {@code text}: the text itself
 */
public record ChatQuery(String userId, String turnId, String text, List<String> recentTurns, float[] embedding,
                        boolean generate, String safetyText) {

    public ChatQuery {
        recentTurns = recentTurns == null ? List.of() : List.copyOf(recentTurns);
        text = text == null ? "" : text;
        safetyText = safetyText == null ? text : safetyText;
    }

    /** A query whose safety checks read the text itself. */
    public ChatQuery(String userId, String turnId, String text, List<String> recentTurns, float[] embedding, boolean generate) {
        this(userId, turnId, text, recentTurns, embedding, generate, null);
    }

    /** A query without a backbone embedding. */
    public ChatQuery(String userId, String turnId, String text, List<String> recentTurns) {
        this(userId, turnId, text, recentTurns, null, true);
    }
}
