package io.xiaobu.dialog.pipeline;

import java.util.List;

/**
 * A mention in the normalised text linked to a knowledge-graph entity.
 *
 * @param start     start in the original request text
 * @param end       end (exclusive) in the original request text
 * @param type      entity type, the name of the graph's {@code EntityType}: {@code SONG}, {@code FILM}, {@code APP} …
 * @param score     link score in [0, 1]
 * @param ambiguous true when another entity scored as well and the linker would not choose
 */
public record LinkedEntity(String mention, int start, int end, String entityId, String type, String canonicalName,
                           double score, boolean ambiguous) {

    /** Types too vague to vouch for the words they cover: tens of thousands of common words are KBQA things or genres. */
    private static final java.util.Set<String> VAGUE = java.util.Set.of("THING", "GENRE");

    /** Mentions that are only a question word (the graph has things called 哪里 or 什么): they name nothing. */
    private static final java.util.regex.Pattern QUESTION_WORD = java.util.regex.Pattern.compile(
            "哪里|哪儿|哪个|哪些|什么|谁|多少|几|怎么|怎样|为什么|如何");

    /**
     * {@code text} with the names of {@code entities} blanked out (a NUL char each), so that what is asked
     * can be told from what is named: 周杰伦的老婆是谁 → "\0的老婆是谁", 你是谁 (a TV show) → "\0". A mention that is
     * only a question word (哪里 in 刘德华是哪里人) stays.
     */
    public static String outsideNames(String text, List<LinkedEntity> entities) {
        String rest = text;
        for (LinkedEntity e : entities) {
            if (e.mention().isEmpty() || QUESTION_WORD.matcher(e.mention()).matches()) continue;
            rest = rest.replace(e.mention(), "\u0000");
        }
        return rest;
    }

    /** A specific entity (a song, a person, a film, a TV channel, a poem, a place, an app), not a generic thing or genre. */
    public boolean specific() {
        return type != null && !VAGUE.contains(type);
    }
}
