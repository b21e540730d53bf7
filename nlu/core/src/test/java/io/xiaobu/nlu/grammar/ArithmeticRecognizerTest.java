package io.xiaobu.nlu.grammar;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ArithmeticRecognizerTest {

    private final ArithmeticRecognizer recognizer = new ArithmeticRecognizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "三百六十五乘以二十四|三百六十五乘以二十四",
            "三百六十五乘以二十四等于多少|三百六十五乘以二十四",
            "1+2*3是几|1+2*3",
            "(1+2)×3|(1+2)×3",
            "十的平方根是多少|十的平方根",
            "根号二|根号二",
            "二的十次方|二的十次方",
            "百分之五十乘以八|百分之五十乘以八",
            "三点五加一点五|三点五加一点五",
            "五的平方|五的平方",
            "负三加一|负三加一"})
    void readsAWholeExpressionLongestFirst(String text, String expression) {
        assertThat(recognizer.recognize(text, 0)).first().satisfies(c -> {
            assertThat(text.substring(0, c.end())).isEqualTo(expression);
            assertThat(c.normalized()).isEqualTo(expression);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"三百", "2026", "腾讯股价多少", "今天限行尾号是多少", "江南的人口是多少", "上一首", "一加", "(1+2", "三的",
            "", "😀😀", "MATCH (n) RETURN n"})
    void wordsAndBareNumbersAreNoExpression(String text) {
        assertThat(recognizer.recognize(text, 0)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"算一下三加五|3|三加五", "问一下7乘8等于多少|3|7乘8"})
    void startsWhereTheTemplateAsks(String text, int start, String expression) {
        assertThat(recognizer.recognize(text, start)).first().satisfies(c -> assertThat(text.substring(start, c.end())).isEqualTo(expression));
    }
}
