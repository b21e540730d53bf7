package io.xiaobu.dialog.pipeline;

/**
 * A mention in the normalised text linked to a knowledge-graph entity.
 *
 * @param start     start in the original request text
 * @param end       end (exclusive) in the original request text
 * @param type      entity type, e.g. {@code Song}, {@code Film}, {@code App}
 * @param score     link score in [0, 1]
 * @param ambiguous true when another entity scored as well and the linker would not choose
 */
public record LinkedEntity(String mention, int start, int end, String entityId, String type, String canonicalName,
                           double score, boolean ambiguous) {
}
