package io.xiaobu.skills.builtin.calculator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class CalculatorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"3+5*2|13", "三加五乘以二|13", "(1+2)×3|9", "100除以8|12.5", "2的10次方|1024", "五的平方|25",
            "三百二十五减二十五|300", "百分之五十乘以八|4", "１２＋３|15", "三点五加一点五|5", "-3+1|-2", "两千零八加二|2010",
            "十六的平方根|4", "根号九加一|4", "八十一开方|9", "二十七的立方根|3", "三平方加四平方|25", "三百六十五乘以二十四|8760"})
    void spokenArithmeticIsComputed(String expression, String expected) {
        assertThat(Expression.evaluate(expression)).hasValueSatisfying(v -> assertThat(v.compareTo(new BigDecimal(expected))).isZero());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1除以0", "今天天气", "DROP TABLE x", "((1+2)", "''", "2^99999", "√(1-5)"})
    void unreadableOrImpossibleExpressionsGiveNothing(String expression) {
        assertThat(Expression.evaluate(expression)).isEmpty();
    }

    @Test
    void unitsConvertWithinADimensionOnly() {
        assertThat(UnitConverter.convert(BigDecimal.ONE, "千克", "斤")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2"));
        assertThat(UnitConverter.convert(BigDecimal.ONE, "磅", "千克")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.45359237"));
        assertThat(UnitConverter.convert(new BigDecimal("100"), "摄氏度", "华氏度")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("212"));
        assertThat(UnitConverter.convert(BigDecimal.ONE, "米", "千克")).isEmpty();
    }
}
