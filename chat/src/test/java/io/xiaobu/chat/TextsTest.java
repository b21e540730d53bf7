package io.xiaobu.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void lcccSpacesBetweenCharsAreRemoved() {
        assertThat(Texts.unspace("我 也 要 去 健 身")).isEqualTo("我也要去健身");
    }

    @Test
    void fullWidthIsFoldedAndControlCharsDropped() {
        assertThat(Texts.clean("ＡＢＣ１２３\u0000你好\t世界")).isEqualTo("abc123你好 世界");
    }

    @Test
    void emojiAreDroppedAndLengthIsCapped() {
        assertThat(Texts.clean("你好😀")).isEqualTo("你好");
        assertThat(Texts.clean("好".repeat(5000))).hasSize(Texts.MAX_CHARS);
    }

    @Test
    void nullIsEmpty() {
        assertThat(Texts.clean(null)).isEmpty();
        assertThat(Texts.hasContent("😀！？")).isFalse();
    }
}
