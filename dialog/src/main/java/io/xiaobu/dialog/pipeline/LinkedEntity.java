package io.xiaobu.dialog.pipeline;

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

    /** A specific entity (a song, a person, a film, a TV channel, a poem, a place, an app), not a generic thing or genre. */
    public boolean specific() {
        return type != null && !VAGUE.contains(type);
    }
}
