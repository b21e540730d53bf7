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
 */
public record LinkerConfig(int minAliasLength, int maxAliasLength, int maxTextLength, int minPinyinLength,
                           int maxPinyinLength, int minWildcardLength, Set<EntityType> pinyinTypes,
                           double homophoneScore, double fuzzyScore, double nearScore, double popularityWeight,
                           double contextWeight, double expectedTypeWeight, double minScore, double minSoundScore, double ambiguityMargin,
                           int maxCandidates, double coverBonus) {

    public LinkerConfig {
        pinyinTypes = Set.copyOf(pinyinTypes);
    }

    public static LinkerConfig defaults() {
        return new LinkerConfig(2, 30, 256, 3, 8, 3,
                EnumSet.of(EntityType.SONG, EntityType.PERSON, EntityType.FILM, EntityType.TV, EntityType.APP,
                        EntityType.POEM, EntityType.PLACE),
                0.85, 0.75, 0.62, 0.2, 0.25, 0.3, 0.45, 0.8, 0.05, 5, 0.1);
    }
}
