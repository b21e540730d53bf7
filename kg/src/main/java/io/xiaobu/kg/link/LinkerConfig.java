package io.xiaobu.kg.link;

import io.xiaobu.kg.model.EntityType;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every threshold and weight of entity linking (no magic numbers in the linker).
 *
 * @param minAliasLength      shorter aliases are not indexed (single characters are mostly noise)
 * @param maxAliasLength      longer aliases are not indexed
 * @param maxTextLength       only this many characters of an utterance are scanned
 * @param minPinyinLength     shortest mention matched by sound (homophones of 1 char are everywhere)
 * @param maxPinyinLength     longest mention matched by sound
 * @param minWildcardLength   shortest mention allowed one differing syllable (near-homophone)
 * @param pinyinTypes         entity types matched by sound (open-domain {@code THING}s are not)
 * @param homophoneScore      base score of a same-toneless-pinyin match (exact surface is 1.0)
 * @param fuzzyScore          base score of a fuzzy-pinyin match (zh/z, n/l, -ng/-n merged)
 * @param nearScore           base score of a match with one near syllable
 * @param popularityWeight    weight of the popularity prior
 * @param contextWeight       weight of cue words for the entity's type ("听", "电影", "打开" …)
 * @param expectedTypeWeight  weight when the caller expects this type (from candidate intents)
 * @param minScore            surface candidates below this are dropped
 * @param minSoundScore       sound-matched candidates below this are dropped (they need context or popularity)
 * @param ambiguityMargin     the top two candidates of one mention closer than this are "ambiguous"
 * @param maxCandidates       candidates kept per mention
 * @param coverBonus          selection bonus per character a mention covers (longest match as a feature)
 * @param maxTransposedLength longest mention tried with two adjacent syllables swapped (华语陈 → 华晨宇)
 * @param transposedScore     base score of a same-syllables-two-swapped match
 * @param approximate         the approximate (edit-distance / partial-title) sound search
 */
public record LinkerConfig(int minAliasLength, int maxAliasLength, int maxTextLength, int minPinyinLength,
                           int maxPinyinLength, int minWildcardLength, Set<EntityType> pinyinTypes,
                           double homophoneScore, double fuzzyScore, double nearScore, double popularityWeight,
                           double contextWeight, double expectedTypeWeight, double minScore, double minSoundScore, double ambiguityMargin,
                           int maxCandidates, double coverBonus, int maxTransposedLength, double transposedScore,
                           Approximate approximate) {

    public LinkerConfig {
        pinyinTypes = Set.copyOf(pinyinTypes);
    }

    public static LinkerConfig defaults() {
        return new LinkerConfig(2, 30, 256, 3, 8, 3,
                EnumSet.of(EntityType.SONG, EntityType.PERSON, EntityType.FILM, EntityType.TV, EntityType.APP,
                        EntityType.POEM, EntityType.PLACE),
                0.85, 0.75, 0.62, 0.2, 0.25, 0.3, 0.45, 0.8, 0.05, 5, 0.1, 4, 0.6, Approximate.defaults());
    }

    /** The same configuration with another approximate search (e.g. {@link Approximate#off()}). */
    public LinkerConfig withApproximate(Approximate a) {
        return new LinkerConfig(minAliasLength, maxAliasLength, maxTextLength, minPinyinLength, maxPinyinLength,
                minWildcardLength, pinyinTypes, homophoneScore, fuzzyScore, nearScore, popularityWeight, contextWeight,
                expectedTypeWeight, minScore, minSoundScore, ambiguityMargin, maxCandidates, coverBonus,
                maxTransposedLength, transposedScore, a);
    }

    /**
     * Approximate sound search ({@link ApproximateMatcher}): syllable edit distance between a stretch of the
     * utterance and an alias found through shared fuzzy-syllable bigrams.
     *
     * @param enabled           false switches the search off
     * @param minAliasLength    shortest alias indexed (shorter ones are covered by homophone / near matching)
     * @param maxAliasLength    longest alias indexed
     * @param maxBigramPostings a bigram in more aliases than this is a stop-gram (not indexed)
     * @param minSeeds          bigrams an alias must share with the utterance to be aligned
     * @param maxCandidates     aliases aligned per utterance (most seeds first)
     * @param windowMargin      syllables around the seeds the alignment may use
     * @param minMentionLength  shortest mention reported
     * @param fuzzyCost         cost of a fuzzy-equal syllable (zh/z, n/l, -ng/-n …)
     * @param nearCost          cost of a syllable sharing the initial or the final
     * @param unrelatedCost     cost of a syllable replaced by one that sounds unrelated
     * @param maxUnrelated      most unrelated replacements in a match (they are what false matches are made of)
     * @param indelCost         cost of an inserted or dropped syllable
     * @param transpositionCost cost of two adjacent syllables swapped
     * @param skipCost          cost per syllable of the alias left out at its start or end (partial title)
     * @param minCoverage       share of the alias the mention must cover
     * @param maxEdits          most edit cost inside the covered part
     * @param maxPartialEdits   most edit cost when part of the alias is left out
     * @param maxEditRatio      most edit cost per covered syllable
     * @param minNet            least covered syllables minus edit cost (evidence)
     * @param minPartialNet     least evidence when part of the alias is left out
     * @param score             base score at {@code minNet}
     * @param gain              base score added per unit of evidence above {@code minNet}
     * @param maxScore          cap of the base score (below homophones)
     * @param uncoveredPenalty  base score taken per alias syllable left out
     */
    public record Approximate(boolean enabled, int minAliasLength, int maxAliasLength, int maxBigramPostings, int minSeeds,
                              int maxCandidates, int windowMargin, int minMentionLength, double fuzzyCost, double nearCost,
                              double unrelatedCost, int maxUnrelated, double indelCost, double transpositionCost, double skipCost, double minCoverage,
                              double maxEdits, double maxPartialEdits, double maxEditRatio, double minNet, double minPartialNet, double score, double gain,
                              double maxScore, double uncoveredPenalty) {

        public static Approximate defaults() {
            return new Approximate(true, 4, 16, 400, 2, 12, 2, 3, 0.25, 0.7, 1.25, 1, 1.0, 1.0, 0.55, 0.6,
                    2.0, 1.0, 0.3, 3.0, 4.0, 0.62, 0.06, 0.82, 0.02);
        }

        public static Approximate off() {
            Approximate d = defaults();
            return new Approximate(false, d.minAliasLength, d.maxAliasLength, d.maxBigramPostings, d.minSeeds, d.maxCandidates,
                    d.windowMargin, d.minMentionLength, d.fuzzyCost, d.nearCost, d.unrelatedCost, d.maxUnrelated, d.indelCost, d.transpositionCost,
                    d.skipCost, d.minCoverage, d.maxEdits, d.maxPartialEdits, d.maxEditRatio, d.minNet, d.minPartialNet, d.score, d.gain, d.maxScore,
                    d.uncoveredPenalty);
        }
    }
}
