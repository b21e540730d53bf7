package io.xiaobu.nlu.text;

import org.junit.jupiter.api.Test;

import static io.xiaobu.nlu.text.FilterAssertions.assertFilters;

class InvisibleCharFilterTest {

    private final InvisibleCharFilter filter = new InvisibleCharFilter();

    @Test
    void emojiAreRemovedAndTheRestKeepsItsOriginalOffsets() {
        // 😀 is a surrogate pair at 2..3
        assertFilters(filter, "打开😀微信", "打开微信", 0, 1, 4, 5);
    }

    @Test
    void emojiSequencesWithSkinToneJoinerAndVariationSelectorAreRemovedWhole() {
        assertFilters(filter, "好👍🏽的👨‍👩‍👧❤️", "好的");
    }

    @Test
    void flagsAndKeycapsAreRemoved() {
        assertFilters(filter, "🇨🇳中国1️⃣", "中国1");
    }

    @Test
    void controlAndZeroWidthCharsAreRemovedButLineBreaksSeparateWords() {
        assertFilters(filter, "\u0000打\u200B开\uFEFF\nwifi\u0007", "打开 wifi");
    }

    @Test
    void unpairedSurrogatesAreRemoved() {
        assertFilters(filter, "a\uD800b\uDC00c", "abc", 0, 2, 4);
    }

    @Test
    void supplementaryHanCharsAndSymbolsLikeCelsiusAreKept() {
        assertFilters(filter, "𠀀25℃", "𠀀25℃", 0, 1, 2, 3, 4);
    }
}
