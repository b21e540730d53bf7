package io.xiaobu.kg.link;

/** How a mention matched an entity, from the most to the least certain. */
public enum MatchKind {
    /** The surface text is the canonical name. */
    NAME,
    /** The surface text is a known alias. */
    ALIAS,
    /** Same pinyin without tones (同音字: ASR picked other characters). */
    HOMOPHONE,
    /** Same pinyin after merging commonly confused sounds (zh/z, n/l, -ng/-n). */
    FUZZY_PINYIN,
    /** All syllables equal but one, which shares its initial or final (英文文 → 于文文). */
    NEAR_HOMOPHONE,
    /** The same syllables with two adjacent ones swapped (华语陈 → 华晨宇). */
    TRANSPOSED,
    /**
     * A syllable edit distance match: inserted, dropped or several near syllables, or a long part of a
     * title (幸福就拍拍手 → 感到幸福你就拍拍手).
     */
    APPROXIMATE
}
