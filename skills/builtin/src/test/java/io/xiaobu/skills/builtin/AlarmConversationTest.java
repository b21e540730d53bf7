package io.xiaobu.skills.builtin;

import com.fasterxml.jackson.core.type.TypeReference;
import io.xiaobu.skills.builtin.alarm.AlarmEntry;
import io.xiaobu.skills.builtin.live.LiveDataProvider;
import io.xiaobu.skills.sdk.Outcome;
import io.xiaobu.skills.sdk.store.FileUserDataStore;
import io.xiaobu.skills.sdk.testkit.SkillTester;
import io.xiaobu.skills.sdk.testkit.TemplateUnderstander;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Alarms through the real runtime: multi-turn filling, follow-ups, confirmation, persistence. */
class AlarmConversationTest {

    @TempDir
    Path dir;
    private SkillTester tester;
    private BuiltinSkills skills;

    @BeforeEach
    void setUp() {
        skills = Fixtures.skills(dir, LiveDataProvider.notConnected());
        var runtime = skills.runtime();
        tester = new SkillTester(runtime, new TemplateUnderstander(runtime.skills().stream().map(s -> s.model()).toList()))
                .device(Fixtures.phone()).now(Fixtures.NOW).user("alice");
    }

    private List<AlarmEntry> stored(String user) throws Exception {
        return new FileUserDataStore(dir).read(user, "alarms", new TypeReference<List<AlarmEntry>>() { }, List.of());
    }

    @Test
    void setAnAlarmAsksForTheTimeThenSetsIt() throws Exception {
        tester.say("定个闹钟").assertSkill("alarm").assertIntent("alarm.set").assertAsksFor("time").assertReplyContains("几点");
        tester.answer("七点", "time", "07:00").assertDirective("alarm.set", "time", "07:00").assertReplyContains("早上7点");
        assertThat(stored("alice")).extracting(AlarmEntry::time).containsExactly("07:00");
    }

    @Test
    void aFollowUpAddsAnotherAlarm() throws Exception {
        tester.send("alarm", "alarm.set", "time", "07:00");
        tester.answer("再加一个八点的", "time", "08:00");
        assertThat(stored("alice")).extracting(AlarmEntry::time).containsExactly("07:00", "08:00");
        tester.send("alarm", "alarm.list").assertReplyContains("2个闹钟").assertReplyContains("早上8点");
    }

    @Test
    void deletingAllAlarmsNeedsAYes() throws Exception {
        tester.send("alarm", "alarm.set", "time", "07:00");
        tester.say("删除所有闹钟").assertIntent("alarm.cancel_all").assertAsksForConfirmation().assertReplyContains("删除所有闹钟");
        tester.say("算了").assertNoDirectives();
        assertThat(stored("alice")).hasSize(1);
        tester.say("删除所有闹钟");
        tester.say("好的").assertDirective("alarm.cancel_all").assertReplyContains("已删除");
        assertThat(stored("alice")).isEmpty();
    }

    @Test
    void alarmsAreKeptPerUserAndSurviveARestart() throws Exception {
        tester.send("alarm", "alarm.set", "time", "06:30", "repeat", "工作日").assertReplyContains("工作日早上6点半");
        var fresh = new SkillTester(Fixtures.skills(dir, LiveDataProvider.notConnected()).runtime(), null).now(Fixtures.NOW);
        fresh.user("alice").send("alarm", "alarm.list").assertReplyContains("工作日早上6点半");
        fresh.user("bob").send("alarm", "alarm.list").assertReplyContains("没有");
    }

    @Test
    void anHourSaidWithoutTheHalfOfTheDayFindsTheAlarmAtEitherHalf() throws Exception {
        tester.send("alarm", "alarm.set", "time", "07:00");
        // "把七点的闹钟改到八点" in the afternoon: the time library reads 七点 as 19:00 and 八点 as 20:00
        tester.send("alarm", "alarm.change", "time", "19:00", "new_time", "20:00").assertReplyContains("早上7点").assertReplyContains("早上8点");
        assertThat(stored("alice")).extracting(AlarmEntry::time).containsExactly("08:00");
        tester.send("alarm", "alarm.cancel", "time", "20:00").assertDirective("alarm.cancel");
        assertThat(stored("alice")).isEmpty();
    }

    @Test
    void changingTheAlarmJustSetNeedsOnlyTheNewTime() throws Exception {
        tester.send("alarm", "alarm.set", "time", "07:00");
        // "改成七点半": one time, read by the time library as the next 七点半 (19:30); the alarm is the one just set
        tester.sendSaid("改成七点半", "alarm", "alarm.change", "time", "19:30").assertReplyContains("早上7点半");
        assertThat(stored("alice")).extracting(AlarmEntry::time).containsExactly("07:30");
    }

    @Test
    void cancellingTheAlarmsOfADay() throws Exception {
        String tomorrow = Fixtures.NOW.toLocalDate().plusDays(1).toString();
        tester.send("alarm", "alarm.set", "time", "06:30", "date", tomorrow);
        tester.send("alarm", "alarm.set", "time", "10:00"); // today: it is 09:00
        tester.send("alarm", "alarm.cancel", "date", tomorrow).assertDirective("alarm.cancel").assertReplyContains("明天");
        assertThat(stored("alice")).extracting(AlarmEntry::time).containsExactly("10:00");
    }

    @Test
    void changingAndCancellingAnAlarmByItsTime() throws Exception {
        tester.send("alarm", "alarm.set", "time", "07:00");
        tester.send("alarm", "alarm.change", "time", "07:00", "new_time", "07:30").assertReplyContains("早上7点半");
        assertThat(stored("alice")).extracting(AlarmEntry::time).containsExactly("07:30");
        tester.send("alarm", "alarm.cancel", "time", "07:30").assertDirective("alarm.cancel");
        assertThat(stored("alice")).isEmpty();
        tester.send("alarm", "alarm.cancel", "time", "09:00").assertReplyContains("没有找到");
    }

    @Test
    void anUnreadableTimeIsAskedAgainNotGuessed() throws Exception {
        tester.send("alarm", "alarm.set", "time", "七点半左右吧").assertOutcome(Outcome.ASK_SLOT).assertNoDirectives();
        assertThat(stored("alice")).isEmpty();
    }
}
