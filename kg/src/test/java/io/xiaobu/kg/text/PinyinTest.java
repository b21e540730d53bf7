package io.xiaobu.kg.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinTest {

    @Test
    void charactersHavePinyinWithAndWithoutTones() {
        assertThat(Pinyin.plainOf("于文文")).isEqualTo("yu wen wen");
        assertThat(Pinyin.tonedOf("于文文")).isEqualTo("yu2 wen2 wen2");
    }

    @Test
    void fuzzyPinyinMergesSoundsAsrConfuses() {
        assertThat(Pinyin.fuzzy('声')).isEqualTo(Pinyin.fuzzy('森'));   // sh/s, -ng/-n
        assertThat(Pinyin.fuzzy('你')).isEqualTo(Pinyin.fuzzy('李'));   // n/l
        assertThat(Pinyin.fuzzy('湖')).isEqualTo(Pinyin.fuzzy('服'));   // hu/fu
    }

    @Test
    void nonChineseCharactersAreTheirOwnLowerCaseSyllable() {
        assertThat(Pinyin.plainOf("QQ音")).isEqualTo("q q yin");
        assertThat(Pinyin.plainOf("😀")).isEqualTo("\ud83d \ude00");
    }

    @Test
    void aPolyphoneTakesItsFirstReadingOnBothSidesSoMatchingStaysConsistent() {
        // pinyin4j has no word context: 乐 is "le" in 音乐 too (a known limit; aliases and mentions agree)
        assertThat(Pinyin.plain('乐')).isEqualTo("le");
        assertThat(Pinyin.plainOf("音乐")).isEqualTo(Pinyin.plainOf("音勒"));
    }

    @Test
    void normalisationKeepsLengthAndFoldsWidthAndCase() {
        assertThat(MatchFold.normalize("ＱＱ音乐\u0001ABC")).isEqualTo("qq音乐 abc");
        assertThat(MatchFold.normalize(null)).isEmpty();
    }
}
