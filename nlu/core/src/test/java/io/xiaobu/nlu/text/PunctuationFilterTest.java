package io.xiaobu.nlu.text;

import org.junit.jupiter.api.Test;

import static io.xiaobu.nlu.text.FilterAssertions.assertFilters;

class PunctuationFilterTest {

    private final PunctuationFilter filter = new PunctuationFilter();

    @Test
    void chinesePunctuationIsRemoved() {
        assertFilters(filter, "你好，小布！打开「微信」……", "你好小布打开微信", 0, 1, 3, 4, 6, 7, 9, 10);
    }

    @Test
    void punctuationInsideNumbersIsKept() {
        assertFilters(filter, "3.5度,1,000元,10:30", "3.5度1,000元10:30");
    }

    @Test
    void punctuationInsideLatinWordsIsKept() {
        assertFilters(filter, "wi-fi don't v1.2", "wi-fi don't v1.2");
    }

    @Test
    void punctuationBetweenLatinWordsBecomesASpace() {
        assertFilters(filter, "hello,world!", "hello world", 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void meaningfulSymbolsAreKept() {
        assertFilters(filter, "音量50%，C#和@小布", "音量50%C#和@小布");
    }
}
