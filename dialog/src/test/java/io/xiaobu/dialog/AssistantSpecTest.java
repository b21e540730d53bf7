package io.xiaobu.dialog;

import io.xiaobu.dialog.api.DeviceType;
import io.xiaobu.dialog.api.Outcome;
import io.xiaobu.dialog.api.TurnRequest;
import io.xiaobu.dialog.api.TurnResponse;
import io.xiaobu.dialog.assembly.AssistantFactory;
import io.xiaobu.dialog.assembly.AssistantSettings;
import io.xiaobu.events.TurnRecorderListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assistant end to end, without HTTP and without a graph: an utterance in, the outcome, the
 * understanding and the reply out. Reference time: Saturday 2026-11-21 08:30 in Shanghai.
 */
class AssistantSpecTest {

    private static final List<String> PHONE = List.of("screen", "wifi", "bluetooth", "flashlight", "screenshot",
            "volume", "brightness", "alarm", "timer", "phone.call");

    @TempDir
    static Path work;

    static Assistant assistant;

    @BeforeAll
    static void assemble() {
        AssistantSettings settings = AssistantSettings.defaults(work).withWorkDir(work)
                .withModelsDir(Path.of("../models").toAbsolutePath())
                .withGraph(new AssistantSettings.Graph("off", null, null, null, null));
        assistant = new AssistantFactory(settings, new PrintStream(OutputStream.nullOutputStream()))
                .assemble(TurnRecorderListener.NONE).build();
    }

    @AfterAll
    static void close() {
        assistant.close();
    }

    private static TurnResponse say(String session, String text) {
        return say(session, text, DeviceType.PHONE);
    }

    private static TurnResponse say(String session, String text, DeviceType device) {
        return assistant.turns().handle(new TurnRequest(UUID.randomUUID().toString(), "user-" + session, "dev-1", session,
                "2026-11-21T08:30:00+08:00", "Asia/Shanghai", new TurnRequest.Device(device, "zh-CN", PHONE),
                new TurnRequest.Asr(text, 0.95, null, 1500, null, null), Map.of()), true);
    }

    private static String slot(TurnResponse r, String name) {
        return r.slots().stream().filter(s -> s.name().equals(name)).map(TurnResponse.SlotValue::normalized)
                .findFirst().orElse(null);
    }

    private static TurnResponse heard(String session, String text, double confidence, int audioMs, String... nbest) {
        return assistant.turns().handle(new TurnRequest(UUID.randomUUID().toString(), "user-" + session, "car-1", session,
                "2026-11-21T08:30:00+08:00", "Asia/Shanghai", new TurnRequest.Device(DeviceType.CAR, "zh-CN", List.of("screen")),
                new TurnRequest.Asr(text, confidence, java.util.Arrays.stream(nbest).map(t -> new TurnRequest.NBest(t, null)).toList(),
                        audioMs, null, null), Map.of()), true);
    }

    @Test
    void anUnsureFragmentIsRejectedByTheModelWhileAClearCommandAtTheSameConfidenceIsServed() {
        // confidence 0.35 passes the rule (< 0.30 is rejected outright); the reject head weighs it with the text
        TurnResponse fragment = heard("r1", "给", 0.35, 1500);
        assertThat(fragment.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(fragment.trace().stages()).filteredOn(st -> st.name().equals("understand"))
                .first().satisfies(st -> assertThat(st.note()).contains("rejected by the model"));
        TurnResponse command = heard("r2", "明天杭州天气怎么样", 0.35, 2500);
        assertThat(command.outcome()).isNotEqualTo(Outcome.REJECTED);
        assertThat(command.skill()).isEqualTo("weather");
    }

    @Test
    void whileTheAssistantAwaitsAnAnswerTheRejectHeadDropsNothing() {
        // out of the blue, a barely recognised fragment is taken for side talk …
        assertThat(heard("r4", "给", 0.35, 600).outcome()).isEqualTo(Outcome.REJECTED);
        // … but not when the assistant has just asked for a time: whatever comes is the user's answer
        assertThat(heard("r3", "定个闹钟", 0.9, 1200).outcome()).isEqualTo(Outcome.CLARIFY);
        TurnResponse answer = heard("r3", "给", 0.35, 600);
        assertThat(answer.outcome()).isNotEqualTo(Outcome.REJECTED);
        assertThat(answer.trace().stages()).filteredOn(st -> st.name().equals("understand"))
                .allSatisfy(st -> assertThat(st.note()).doesNotContain("rejected by the model"));
        TurnResponse time = heard("r3", "七点", 0.2, 800, "七点", "吃点饭", "气垫");
        assertThat(time.outcome()).isNotEqualTo(Outcome.REJECTED);
    }

    @Test
    void aTimerForTwentyFiveMinutesStartsATimer() {
        TurnResponse r = say("t1", "定一个二十五分钟的计时器");
        assertThat(r.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(r.intent()).isEqualTo("timer.start");
        assertThat(slot(r, "duration")).isEqualTo("PT25M");
        assertThat(r.directives()).extracting(TurnResponse.Directive::type).containsExactly("timer.start");
    }

    @Test
    void aReminderIsResolvedAgainstTheRequestTime() {
        TurnResponse r = say("t2", "明天下午三点提醒我开会");
        assertThat(r.intent()).isEqualTo("reminder.create");
        assertThat(slot(r, "datetime")).isEqualTo("2026-11-22T15:00:00");
        assertThat(r.slots()).filteredOn(s -> s.name().equals("datetime")).first()
                .satisfies(s -> assertThat("明天下午三点提醒我开会".substring(s.start(), s.end())).isEqualTo("明天下午三点"));
    }

    @Test
    void anAlarmWithoutATimeAsksForItAndTheBareAnswerCompletesIt() {
        TurnResponse ask = say("t3", "定个闹钟");
        assertThat(ask.outcome()).isEqualTo(Outcome.CLARIFY);
        assertThat(ask.reply().tts()).contains("几点");
        TurnResponse done = say("t3", "七点");
        assertThat(done.trace().stages().get(1).note()).contains("alarm waits for slot time of alarm.set");
        assertThat(done.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(done.skill()).isEqualTo("alarm");
        assertThat(done.directives()).extracting(TurnResponse.Directive::type).contains("alarm.set");
    }

    @Test
    void aTemplateMadeOfOpenSlotsDoesNotTakeAQuestionTheModelSaysIsForNoSkill() {
        // "{title}是什么时候" matches, but the words are a question about a football match, not the user's calendar
        TurnResponse question = say("t20", "世界杯决赛是什么时候");
        assertThat(question.skill()).isNotEqualTo("calendar");
        assertThat(question.trace().stages()).filteredOn(st -> st.name().equals("understand"))
                .first().satisfies(st -> assertThat(st.note()).contains("rules: matched, model: "));
        // an arithmetic slot reads only arithmetic: a question about traffic rules is no calculation
        assertThat(say("t29", "能不能告诉我今天的限行尾号是多少").skill()).isNotEqualTo("calculator");
        // the same template still computes
        TurnResponse sum = say("t21", "一百加二百是多少");
        assertThat(sum.skill()).isEqualTo("calculator");
        assertThat(sum.reply().tts()).contains("300");
        // a song vouches only for a slot that expects songs: 江南 is a song, but "{expression}" asks for no song
        TurnResponse population = say("t23", "江南的人口是多少");
        assertThat(population.skill()).isNotEqualTo("calculator");
        // a song the graph knows vouches for the words of its open slot: no model pass for a standard command
        TurnResponse play = say("t22", "听一下红豆");
        assertThat(play.intent()).isEqualTo("music.play");
        assertThat(play.trace().stages()).filteredOn(st -> st.name().equals("understand"))
                .first().satisfies(st -> assertThat(st.note()).contains("rules: matched, model: not needed"));
    }

    @Test
    void aUserWhoAsksSomethingElseIsNotTakenToAnswerTheTimeQuestion() {
        assertThat(say("t26", "提醒我开会").outcome()).isEqualTo(Outcome.CLARIFY);
        // 今天 is a time, but the turn asks about the weather: it does not answer "什么时间提醒你?"
        assertThat(say("t26", "北京今天天气怎么样").skill()).isEqualTo("weather");
        assertThat(say("t27", "提醒我开会").outcome()).isEqualTo(Outcome.CLARIFY);
        TurnResponse answered = say("t27", "明天上午十点吧");
        assertThat(answered.skill()).isEqualTo("reminder");
        assertThat(answered.reply().tts()).contains("10点");
    }

    @Test
    void aTimeTheModelReadUnderAnotherIntentsSlotNameIsStillTheTime() {
        // the model reads 下午三点 as alarm.set's "time"; reminder.create calls its time slot "datetime"
        TurnResponse r = say("t28", "帮我定一个下午三点的会议提醒");
        assertThat(r.skill()).isEqualTo("reminder");
        assertThat(r.slots()).extracting(TurnResponse.SlotValue::name).contains("datetime").doesNotContain("time");
        assertThat(r.reply().tts()).doesNotContain("什么时间");
    }

    @Test
    void aFollowUpSaysOnlyWhatChanges() {
        assertThat(say("t30", "今天星期几").intent()).isEqualTo("date.query");
        TurnResponse tomorrow = say("t30", "明天呢");
        assertThat(tomorrow.intent()).isEqualTo("date.query");
        assertThat(tomorrow.reply().tts()).contains("11月22日");
        assertThat(say("t31", "把音量调大一点").intent()).isEqualTo("system.adjust");
        assertThat(say("t31", "再大一点").intent()).isEqualTo("system.adjust");
        // a new command is not a follow-up
        assertThat(say("t31", "打开蓝牙").intent()).isEqualTo("system.toggle");
    }

    @Test
    void aQuestionTheUserWentPastNoLongerWaits() {
        assertThat(say("t32", "定个闹钟").outcome()).isEqualTo(Outcome.CLARIFY);
        assertThat(say("t32", "打开蓝牙").skill()).isEqualTo("system");
        // "算了" no longer cancels the alarm question: nothing is waiting, so it is only a dismissal
        TurnResponse never = say("t32", "算了");
        assertThat(never.skill()).isNotEqualTo("alarm");
        // while a question waits, its answer is the question's, not the persona's
        assertThat(say("t33", "删除所有闹钟").outcome()).isEqualTo(Outcome.CLARIFY);
        assertThat(say("t33", "好的").skill()).isEqualTo("alarm");
    }

    @Test
    void aQuestionToTheAssistantIsNotACalendarTitle() {
        // "{title}是什么时候" matches with 你生日 as the title; an open slot that speaks of 你 is checked with the model
        TurnResponse birthday = say("t24", "你生日是什么时候");
        assertThat(birthday.skill()).isNotEqualTo("calendar");
        assertThat(birthday.reply().tts()).contains("生日");
        // the user's own appointment stays a calendar question
        TurnResponse meeting = say("t25", "周会是什么时候");
        assertThat(meeting.skill()).isEqualTo("calendar");
    }

    @Test
    void aUserWhoMovesOnIsNotHeldInThePendingQuestion() {
        assertThat(say("t10", "定个闹钟").outcome()).isEqualTo(Outcome.CLARIFY);
        TurnResponse r = say("t10", "一百加二百等于多少");
        assertThat(r.skill()).isEqualTo("calculator");
        assertThat(r.reply().tts()).contains("300");
    }

    @Test
    void deletingAllAlarmsIsConfirmedFirst() {
        TurnResponse ask = say("t4", "删除所有闹钟");
        assertThat(ask.outcome()).isEqualTo(Outcome.CLARIFY);
        assertThat(ask.intent()).isEqualTo("alarm.cancel_all");
        TurnResponse done = say("t4", "好的");
        assertThat(done.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(done.skill()).isEqualTo("alarm");
    }

    @Test
    void arithmeticIsComputed() {
        TurnResponse r = say("t5", "一百二十乘以三十五等于多少");
        assertThat(r.skill()).isEqualTo("calculator");
        assertThat(r.reply().tts()).contains("4200");
    }

    @Test
    void aCommandMisheardAsWordsThatSoundTheSameIsStillTheCommand() {
        // the recogniser wrote 篮牙 for 蓝牙 and 无线往 for 无线网: same sounds, other characters
        TurnResponse bluetooth = say("t8", "打开篮牙");
        assertThat(bluetooth.intent()).isEqualTo("system.toggle");
        assertThat(slot(bluetooth, "setting")).isEqualTo("bluetooth");
        assertThat(bluetooth.trace().stages()).filteredOn(st -> st.name().equals("understand"))
                .first().satisfies(st -> assertThat(st.note()).contains("matched as it sounds: 打开蓝牙"));
        assertThat(slot(say("t9", "关闭无线往"), "setting")).isEqualTo("wifi");
    }

    @Test
    void twoCommandsInOneBreathAreBothCarriedOutInOrder() {
        TurnResponse r = say("c1", "关掉WiFi然后打开蓝牙");
        assertThat(r.intent()).isEqualTo("system.toggle");
        assertThat(r.directives()).extracting(d -> d.payload().get("setting") + "=" + d.payload().get("value"))
                .containsExactly("wifi=off", "bluetooth=on");
        assertThat(r.reply().tts()).contains("WLAN").contains("蓝牙");
        assertThat(r.trace().stages()).filteredOn(st -> st.name().equals("understand"))
                .first().satisfies(st -> assertThat(st.note()).contains("2 commands: 关掉wifi | 打开蓝牙"));
    }

    @Test
    void aSecondCommandThatIsOnlyAValueSharesTheFirstOnesVerb() {
        TurnResponse r = say("c2", "打开蓝牙和手电筒");
        assertThat(r.directives()).extracting(d -> d.payload().get("setting") + "=" + d.payload().get("value"))
                .containsExactly("bluetooth=on", "flashlight=on");
        assertThat(say("c4", "关掉蓝牙和WiFi").directives()).extracting(d -> d.payload().get("setting") + "=" + d.payload().get("value"))
                .containsExactly("bluetooth=off", "wifi=off");
        assertThat(say("c5", "打开篮牙然后打开手电桶").directives()).as("each command misheard")
                .extracting(d -> d.payload().get("setting") + "=" + d.payload().get("value")).containsExactly("bluetooth=on", "flashlight=on");
    }

    @Test
    void namesJoinedByAndStayOneRequest() {
        // 周杰伦 is not vouched for by a graph here (graph off): the open slot keeps the request whole
        TurnResponse r = say("c3", "播放周杰伦和蔡依林的歌");
        assertThat(r.trace().stages()).filteredOn(st -> st.name().equals("understand"))
                .first().satisfies(st -> assertThat(st.note()).doesNotContain("commands:"));
    }

    @Test
    void aSpeakerGetsSpeechButNoScreenText() {
        TurnResponse r = say("t6", "定一个十分钟的计时器", DeviceType.SPEAKER);
        assertThat(r.reply().text()).isNull();
        assertThat(r.reply().tts()).isNotBlank();
    }

    @Test
    void fillerIsRejectedAndLeavesNoTraceInTheSession() {
        TurnResponse r = say("t7", "嗯");
        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(r.reply()).isNull();
    }

    @Test
    void liveDataSkillsSayPlainlyWhenTheirServiceIsNotConnected() {
        TurnResponse r = say("t8", "今天天气怎么样");
        assertThat(r.skill()).isEqualTo("weather");
        assertThat(r.reply().tts()).contains("没有接入");
    }

    @Test
    void hostileInputIsJustText() {
        for (String text : List.of("MATCH (n) DETACH DELETE n", "'; DROP TABLE alarms; --", "\u0000\u0007",
                "😀".repeat(200), "１２３４５６", "開啟藍牙", "a".repeat(256))) {
            assertThat(say("t9", text).outcome()).isNotNull();
        }
    }
}
