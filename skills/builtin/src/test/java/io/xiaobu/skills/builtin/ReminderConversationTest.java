package io.xiaobu.skills.builtin;

import io.xiaobu.skills.builtin.common.Recurrence;
import io.xiaobu.skills.builtin.live.LiveDataProvider;
import io.xiaobu.skills.sdk.testkit.SkillTester;
import io.xiaobu.skills.sdk.testkit.TemplateUnderstander;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Reminders through the real runtime, once and repeating. It is Saturday 2026-11-21, 09:00 in Shanghai. */
class ReminderConversationTest {

    @TempDir
    Path dir;
    private SkillTester tester;

    @BeforeEach
    void setUp() {
        var runtime = Fixtures.skills(dir, LiveDataProvider.notConnected()).runtime();
        tester = new SkillTester(runtime, new TemplateUnderstander(runtime.skills().stream().map(s -> s.model()).toList()))
                .device(Fixtures.phone()).now(Fixtures.NOW).user("alice");
    }

    @Test
    void aRepeatingReminderIsSetForItsNextTimeAndKeepsItsRule() {
        // "每周一早上九点提醒我开例会" used to get "没听清时间": the time library hands the handler a rule, not a time
        tester.send("reminder", "reminder.create", "datetime", "FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0", "content", "开例会")
                .assertReplyContains("每周一上午9点").assertReplyContains("开例会")
                .assertDirective("reminder.set", "rrule", "FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0")
                .assertDirective("reminder.set", "at", "2026-11-23T09:00+08:00");
        tester.send("reminder", "reminder.list").assertReplyContains("每周一上午9点开例会");
    }

    @Test
    void aLaterDaySaidWithoutATimeIsRemindedInTheMorning() {
        // "帮我记一下明天要交报告" was set for 00:00
        tester.say("明天提醒我交报告").assertReplyContains("上午9点").assertDirective("reminder.set", "at", "2026-11-22T09:00+08:00");
        // a time written out (here 00:00) stays as said
        tester.send("reminder", "reminder.create", "datetime", "2026-11-22T00:00:00", "content", "抢票").assertDirective("reminder.set", "at", "2026-11-22T00:00+08:00");
    }

    @Test
    void rulesAreReadBackAsTheNextTimeAndInWords() {
        assertThat(Recurrence.next("FREQ=DAILY;BYHOUR=8;BYMINUTE=30", Fixtures.NOW)).hasValueSatisfying(t -> assertThat(t.toString()).startsWith("2026-11-22T08:30"));
        assertThat(Recurrence.next("FREQ=DAILY;BYHOUR=22;BYMINUTE=0", Fixtures.NOW)).hasValueSatisfying(t -> assertThat(t.toString()).startsWith("2026-11-21T22:00"));
        assertThat(Recurrence.next("FREQ=MONTHLY;BYMONTHDAY=1", Fixtures.NOW)).hasValueSatisfying(t -> assertThat(t.toString()).startsWith("2026-12-01T00:00"));
        assertThat(Recurrence.spoken("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=8;BYMINUTE=0")).isEqualTo("每个工作日");
        assertThat(Recurrence.spoken("FREQ=WEEKLY;BYDAY=MO,WE;BYHOUR=8;BYMINUTE=0")).isEqualTo("每周一、三");
        assertThat(Recurrence.next("FREQ=YEARLY", Fixtures.NOW)).isEmpty();
    }
}
