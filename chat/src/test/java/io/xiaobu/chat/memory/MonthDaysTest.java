package io.xiaobu.chat.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class MonthDaysTest {

    @Test
    void chineseAndArabicMonthDays() {
        assertThat(MonthDays.parse("三月五号")).contains(MonthDay.of(3, 5));
        assertThat(MonthDays.parse("5月20日")).contains(MonthDay.of(5, 20));
        assertThat(MonthDays.parse("十二月二十五号")).contains(MonthDay.of(12, 25));
        assertThat(MonthDays.parse("十月三十一日")).contains(MonthDay.of(10, 31));
        assertThat(MonthDays.parse("12.25")).contains(MonthDay.of(12, 25));
    }

    @Test
    void lunarAndImpossibleDatesGiveNothing() {
        assertThat(MonthDays.parse("正月初八")).isEmpty();
        assertThat(MonthDays.parse("二月三十号")).isEmpty();
        assertThat(MonthDays.parse("下周")).isEmpty();
        assertThat(MonthDays.parse(null)).isEmpty();
    }
}
