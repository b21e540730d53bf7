package com.example.horoscope;

import io.xiaobu.skills.sdk.Device;
import io.xiaobu.skills.sdk.runtime.SkillRuntime;
import io.xiaobu.skills.sdk.testkit.ScriptedTests;
import io.xiaobu.skills.sdk.testkit.SkillContract;
import io.xiaobu.skills.sdk.testkit.SkillTester;
import io.xiaobu.skills.sdk.testkit.TemplateUnderstander;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HoroscopeSkillTest {

    private final SkillRuntime runtime = new SkillRuntime().register(HoroscopeProvider.skill());
    private final SkillTester tester = new SkillTester(runtime, new TemplateUnderstander(List.of(HoroscopeProvider.skill().model())));

    @Test
    void signBoundariesFollowTheConventionalDates() {
        assertThat(ZodiacSign.of(LocalDate.of(2000, 3, 21))).isEqualTo(ZodiacSign.ARIES);
        assertThat(ZodiacSign.of(LocalDate.of(2000, 3, 20))).isEqualTo(ZodiacSign.PISCES);
        assertThat(ZodiacSign.of(LocalDate.of(2000, 12, 31))).isEqualTo(ZodiacSign.CAPRICORN);
        assertThat(ZodiacSign.of(LocalDate.of(2000, 1, 19))).isEqualTo(ZodiacSign.CAPRICORN);
    }

    @Test
    void theSkillAsksForTheBirthdayThenRemembersTheSign() {
        tester.say("我是什么星座").assertIntent("horoscope.sign_of").assertAsksFor("birthday");
        tester.answer("3月25日", "birthday", "2000-03-25").assertReplyContains("白羊座").assertDirective("card.show", "sign", "aries");
        tester.say("我的星座是几月到几月").assertReplyContains("白羊座是3月21日到4月19日");
    }

    @Test
    void signNamesAreUnderstoodBySynonym() {
        tester.say("天平座是什么元素").assertSlot("sign", "天平座").assertReplyContains("天秤座是风象星座");
    }

    @Test
    void theSkillPassesTheSdkContract() {
        assertThat(SkillContract.check(HoroscopeProvider.skill(), Device.of("phone", "screen"), 10, ZonedDateTime.now())).isEmpty();
    }

    @Test
    void theYamlConversationTestsPass() {
        var results = new ScriptedTests(runtime, new TemplateUnderstander(List.of(HoroscopeProvider.skill().model())))
                .run(Path.of("tests/horoscope.test.yaml"));
        assertThat(results).isNotEmpty().allSatisfy(r -> assertThat(r.passed()).as(r.name() + ": " + r.message()).isTrue());
    }
}
