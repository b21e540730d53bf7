package io.xiaobu.skills.builtin.datetime;

import io.xiaobu.skills.sdk.Skill;
import io.xiaobu.skills.builtin.common.Models;
import io.xiaobu.skills.sdk.runtime.SkillRuntime;
import io.xiaobu.skills.sdk.testkit.SkillTester;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class DateTimeSkillTest {

    private final SkillTester tester = new SkillTester(new SkillRuntime().register(new Skill(Models.load("datetime"), new DateTimeSkill())), null)
            .now(ZonedDateTime.of(2026, 11, 21, 14, 30, 0, 0, ZoneId.of("Asia/Shanghai")));

    @Test
    void theTimeIsTheReferenceTimeOfTheTurn() {
        tester.send("datetime", "time.query").assertReplyContains("下午2点半");
    }

    @Test
    void weekdaysAreComputed() {
        tester.send("datetime", "date.query", "date", "2026-11-22").assertReplyContains("星期日");
    }

    @Test
    void lunarDatesComeFromTheLunarCalendar() {
        tester.send("datetime", "lunar.query", "date", "2026-11-21").assertReplyContains("十月十三");
    }

    @Test
    void festivalsAreTheNextOccurrence() {
        assertThat(Festivals.in("春节", 2027)).contains(LocalDate.of(2027, 2, 6));
        assertThat(Festivals.in("除夕", 2027)).contains(LocalDate.of(2027, 2, 5));
        assertThat(Festivals.in("清明节", 2026)).contains(LocalDate.of(2026, 4, 5));
        tester.send("datetime", "festival.query", "festival", "春节").assertReplyContains("2027年2月6日").assertReplyContains("还有77天");
    }

    @Test
    void theAlmanacListsWhatTheDayIsGoodFor() {
        tester.send("datetime", "almanac.query", "date", "2026-11-21").assertReplyContains("宜").assertReplyContains("忌");
    }
}
