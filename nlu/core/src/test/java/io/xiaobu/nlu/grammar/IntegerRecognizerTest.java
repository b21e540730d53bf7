package io.xiaobu.nlu.grammar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IntegerRecognizerTest {

    private final IntegerRecognizer recognizer = new IntegerRecognizer();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(textBlock = """
            零, 0
            八, 8
            两, 2
            十, 10
            十五, 15
            二十, 20
            二十五, 25
            一百, 100
            一百零五, 105
            一百一十, 110
            一百一, 110
            两百, 200
            三千五, 3500
            三万两千, 32000
            两万三, 23000
            十万, 100000
            一亿五千万, 150000000
            一二三, 123
            """)
    void chineseNumeralsAreRead(String text, long value) {
        assertThat(IntegerRecognizer.parseChinese(text)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"百", "万", "一二十", "十百", "零百", "两三", "一百十"})
    void malformedNumeralsAreRejected(String text) {
        assertThat(IntegerRecognizer.parseChinese(text)).isNull();
    }

    @Test
    void asciiDigitsAreReadWholeFromTheStartPosition() {
        assertThat(recognizer.recognize("调到50度", 2)).containsExactly(new SlotRecognizer.Candidate(4, "50"));
        assertThat(recognizer.recognize("调到50度", 3)).containsExactly(new SlotRecognizer.Candidate(4, "0"));
    }

    @Test
    void chineseNumeralsOfferEveryValidPrefixLongestFirst() {
        assertThat(recognizer.recognize("调到五十一下", 2)).extracting(SlotRecognizer.Candidate::normalized)
                .containsExactly("51", "50", "5");
    }

    @Test
    void nothingIsRecognisedWhereThereIsNoNumber() {
        assertThat(recognizer.recognize("打开微信", 0)).isEmpty();
        assertThat(recognizer.recognize("", 0)).isEmpty();
        assertThat(recognizer.recognize("12", 5)).isEmpty();
        assertThat(recognizer.recognize("9".repeat(40), 0)).isEmpty();
    }
}
