package io.xiaobu.nlu.text;

import org.junit.jupiter.api.Test;

import static io.xiaobu.nlu.text.FilterAssertions.assertFilters;

class WhitespaceFilterTest {

    private final WhitespaceFilter filter = new WhitespaceFilter();

    @Test
    void spacesBetweenChineseCharsAreDropped() {
        assertFilters(filter, " 打开  微信 ", "打开微信", 1, 2, 5, 6);
    }

    @Test
    void spacesBetweenChineseAndLatinAreDropped() {
        assertFilters(filter, "打开 wifi 吧", "打开wifi吧");
    }

    @Test
    void spacesBetweenLatinWordsCollapseToOne() {
        assertFilters(filter, "open   wechat", "open wechat", 0, 1, 2, 3, 4, 7, 8, 9, 10, 11, 12);
    }

    @Test
    void spacesBetweenNumbersAndLatinStay() {
        assertFilters(filter, "iphone 15 pro", "iphone 15 pro");
    }

    @Test
    void whitespaceOnlyBecomesEmpty() {
        assertFilters(filter, " \t ", "");
    }
}
