package io.xiaobu.nlu.text;

import org.junit.jupiter.api.Test;

import static io.xiaobu.nlu.text.FilterAssertions.assertFilters;

class TraditionalToSimplifiedFilterTest {

    private final TraditionalToSimplifiedFilter filter = new TraditionalToSimplifiedFilter();

    @Test
    void traditionalCommandBecomesSimplifiedCharByChar() {
        assertFilters(filter, "打開藍牙", "打开蓝牙", 0, 1, 2, 3);
    }

    @Test
    void phraseAwareConversionKeepsProperNames() {
        assertFilters(filter, "乾隆皇帝", "乾隆皇帝");
        assertFilters(filter, "頭髮", "头发");
    }

    @Test
    void mixedLatinDigitsAndTraditionalKeepTheirPositions() {
        assertFilters(filter, "把音量調到50%", "把音量调到50%", 0, 1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void supplementaryCharsPassThrough() {
        assertFilters(filter, "𠀀龍", "𠀀龙", 0, 1, 2);
    }
}
