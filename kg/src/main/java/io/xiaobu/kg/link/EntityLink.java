package io.xiaobu.kg.link;

import io.xiaobu.kg.model.EntityType;
import java.util.List;

/**
 * One mention linked to an entity.
 *
 * @param start        start offset in the original text (inclusive)
 * @param end          end offset (exclusive)
 * @param mention      the words as said
 * @param entityId     graph id of the best candidate
 * @param name         its canonical name
 * @param type         its type
 * @param score        linking score (higher is better; comparable across mentions of one utterance)
 * @param kind         how it matched
 * @param ambiguous    true when another candidate of this mention scores within the ambiguity margin
 * @param alternatives the other candidates of this mention, best first (may be empty)
 */
public record EntityLink(int start, int end, String mention, String entityId, String name, EntityType type,
                         double score, MatchKind kind, boolean ambiguous, List<Candidate> alternatives) {

    public EntityLink {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    /** A scored candidate entity for a mention. */
    public record Candidate(String entityId, String name, EntityType type, double score, MatchKind kind) {}

    public int length() {
        return end - start;
    }

    /** True when this mention could also be an entity of the given type (best or alternative). */
    public boolean couldBe(EntityType t) {
        return type == t || alternatives.stream().anyMatch(c -> c.type() == t);
    }
}
