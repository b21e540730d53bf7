package io.xiaobu.nlu.text;

import org.junit.jupiter.api.Test;

import static io.xiaobu.nlu.text.FilterAssertions.assertFilters;

class WidthFilterTest {

    private final WidthFilter filter = new WidthFilter();

    @Test
    void fullWidthDigitsBecomeAsciiDigits() {
        assertFilters(filter, "音量调到５０", "音量调到50", 0, 1, 2, 3, 4, 5);
    }

    @Test
    void fullWidthLettersAndPunctuationBecomeAscii() {
        assertFilters(filter, "ＷｉＦｉ，ok！", "WiFi,ok!");
    }

    @Test
    void ideographicSpaceBecomesAPlainSpace() {
        assertFilters(filter, "打开\u3000微信", "打开 微信");
    }

    @Test
    void chineseTextAndChinesePunctuationAreUntouched() {
        assertFilters(filter, "你好。「小布」", "你好。「小布」");
    }
}
