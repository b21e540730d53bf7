package io.xiaobu.nlu.text;

import org.junit.jupiter.api.Test;

import static io.xiaobu.nlu.text.FilterAssertions.assertFilters;

class CaseFoldFilterTest {

    private final CaseFoldFilter filter = new CaseFoldFilter();

    @Test
    void latinLettersAreLowerCased() {
        assertFilters(filter, "打开WiFi和QQ", "打开wifi和qq", 0, 1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void chineseDigitsAndSurrogatesAreUntouched() {
        assertFilters(filter, "五十ABC𠀀", "五十abc𠀀");
    }
}
