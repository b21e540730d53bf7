package io.xiaobu.dialog.skills;

import io.xiaobu.dialog.Assistant;
import io.xiaobu.dialog.assembly.AssistantFactory;
import io.xiaobu.dialog.assembly.AssistantSettings;
import io.xiaobu.events.TurnRecorderListener;
import io.xiaobu.skills.builtin.BuiltinServices;
import io.xiaobu.skills.builtin.BuiltinSkills;
import io.xiaobu.skills.sdk.Device;
import io.xiaobu.skills.sdk.testkit.SkillTester;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZonedDateTime;

/** A skill developer's test through the real understanding pipeline: utterance in, intent, slots and reply out. */
class PipelineTestKitTest {

    private static final ZonedDateTime NOW = ZonedDateTime.parse("2026-11-21T08:30:00+08:00[Asia/Shanghai]");

    @TempDir
    static Path work;

    static Assistant assistant;

    @BeforeAll
    static void assemble() {
        assistant = new AssistantFactory(AssistantSettings.defaults(work).withWorkDir(work)
                .withModelsDir(Path.of("../models").toAbsolutePath())
                .withGraph(new AssistantSettings.Graph("off", null, null, null, null)),
                new PrintStream(OutputStream.nullOutputStream())).assemble(TurnRecorderListener.NONE).build();
    }

    @AfterAll
    static void close() {
        assistant.close();
    }

    private static SkillTester tester() {
        return new SkillTester(new BuiltinSkills(BuiltinServices.defaults(work.resolve("kit"))).runtime(),
                new PipelineUnderstander(assistant, NOW)).now(NOW).device(Device.of("phone", "screen", "alarm", "timer"));
    }

    @Test
    void aTimerUtteranceIsUnderstoodWithItsNormalisedDuration() {
        tester().say("定一个二十五分钟的计时器").assertSkill("timer").assertIntent("timer.start")
                .assertSlot("duration", "PT25M").assertDirective("timer.start");
    }

    @Test
    void aMissingSlotIsAskedForAndTheBareAnswerFillsIt() {
        SkillTester t = tester();
        t.say("定个闹钟").assertAsksFor("time");
        t.say("七点").assertSkill("alarm").assertDirective("alarm.set");
    }

    @Test
    void aReminderTimeIsResolvedAgainstTheReferenceTime() {
        tester().say("明天下午三点提醒我开会").assertIntent("reminder.create").assertSlot("datetime", "2026-11-22T15:00:00");
    }
}
