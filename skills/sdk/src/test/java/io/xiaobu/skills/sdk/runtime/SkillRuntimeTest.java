package io.xiaobu.skills.sdk.runtime;

import io.xiaobu.skills.sdk.Device;
import io.xiaobu.skills.sdk.Directive;
import io.xiaobu.skills.sdk.Outcome;
import io.xiaobu.skills.sdk.Skill;
import io.xiaobu.skills.sdk.SkillRequest;
import io.xiaobu.skills.sdk.SkillResponse;
import io.xiaobu.skills.sdk.model.InteractionModel;
import io.xiaobu.skills.sdk.model.ModelLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SkillRuntimeTest {

    private final List<SkillRequest> calls = new ArrayList<>();
    private SkillRuntime runtime;

    @BeforeEach
    void setUp() throws Exception {
        InteractionModel model;
        try (var in = getClass().getResourceAsStream("/models/clock.yaml")) {
            model = new ModelLoader().load(in, "clock.yaml");
        }
        runtime = new SkillRuntime().register(new Skill(model, request -> {
            calls.add(request);
            if (request.intent().equals("alarm.delete_all")) return SkillResponse.builder().say("已删除所有闹钟。").build();
            if (request.value("time").equals("25:00")) throw new IllegalStateException("no such hour");
            return SkillResponse.builder().say("好的，闹钟定在" + request.value("time") + "。").brief("已定" + request.value("time"))
                    .directive(Directive.of("alarm.set").with("time", request.value("time"))).build();
        }));
    }

    private SkillResponse turn(String utterance, String intent, Map<String, Object> session, String... slots) {
        SkillRequest.Builder b = SkillRequest.builder().skill("clock").intent(intent).utterance(utterance).session(session);
        for (int i = 0; i < slots.length; i += 2) b.slot(slots[i], slots[i + 1]);
        return runtime.handle(b.build());
    }

    @Test
    void aMissingRequiredSlotIsAskedForAndTheAnswerCompletesTheIntent() {
        SkillResponse first = turn("定个闹钟", "alarm.set", Map.of());
        assertThat(first.outcome()).isEqualTo(Outcome.ASK_SLOT);
        assertThat(first.askSlot()).isEqualTo("time");
        assertThat(first.tts()).isEqualTo("你想定几点的闹钟?");
        assertThat(first.endSession()).isFalse();
        assertThat(calls).isEmpty();

        SkillResponse second = turn("七点", null, first.session(), "time", "07:00");
        assertThat(second.outcome()).isEqualTo(Outcome.DONE);
        assertThat(second.hasDirective("alarm.set")).isTrue();
        assertThat(second.session()).doesNotContainKey(DialogState.KEY);
        assertThat(calls).singleElement().satisfies(r -> assertThat(r.value("time")).isEqualTo("07:00"));
    }

    @Test
    void aBareAnswerLabelledByItsTypeFillsTheAskedSlot() {
        SkillResponse first = turn("定个闹钟", "alarm.set", Map.of());
        SkillResponse second = turn("七点", null, first.session(), "sys.time", "07:00");
        assertThat(second.outcome()).isEqualTo(Outcome.DONE);
        assertThat(calls.getFirst().value("time")).isEqualTo("07:00");
    }

    @Test
    void anUnusableAnswerIsAskedAgainThenAbandoned() {
        SkillResponse r = turn("定个闹钟", "alarm.set", Map.of());
        for (int i = 0; i < 2; i++) {
            r = turn("嗯嗯", null, r.session());
            assertThat(r.outcome()).isEqualTo(Outcome.ASK_SLOT);
            assertThat(r.tts()).startsWith("没听清");
        }
        r = turn("嗯嗯", null, r.session());
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(r.session()).doesNotContainKey(DialogState.KEY);
    }

    @Test
    void sayingNeverMindCancelsSlotFilling() {
        SkillResponse first = turn("定个闹钟", "alarm.set", Map.of());
        SkillResponse second = turn("算了", null, first.session());
        assertThat(second.outcome()).isEqualTo(Outcome.DONE);
        assertThat(second.directives()).isEmpty();
        assertThat(calls).isEmpty();
    }

    @Test
    void aDestructiveIntentRunsOnlyAfterYes() {
        SkillResponse ask = turn("删除所有闹钟", "alarm.delete_all", Map.of());
        assertThat(ask.outcome()).isEqualTo(Outcome.CONFIRM);
        assertThat(ask.tts()).isEqualTo("要删除所有闹钟吗?");
        assertThat(calls).isEmpty();
        for (String yes : List.of("是", "好的", "确定")) {
            calls.clear();
            SkillResponse done = turn(yes, null, ask.session());
            assertThat(done.tts()).as(yes).isEqualTo("已删除所有闹钟。");
            assertThat(calls).singleElement().satisfies(r -> assertThat(r.confirmed()).isTrue());
        }
    }

    @Test
    void noOrNeverMindCancelsTheDestructiveIntent() {
        SkillResponse ask = turn("删除所有闹钟", "alarm.delete_all", Map.of());
        for (String no : List.of("不", "算了", "不要", "取消吧")) {
            SkillResponse r = turn(no, null, ask.session());
            assertThat(r.tts()).as(no).doesNotContain("已删除");
            assertThat(r.session()).doesNotContainKey(DialogState.KEY);
        }
        assertThat(calls).isEmpty();
    }

    @Test
    void aFollowUpWithOnlySlotsContinuesTheLastIntent() {
        SkillResponse first = turn("定个七点的闹钟", "alarm.set", Map.of(), "time", "07:00");
        SkillResponse again = turn("再加一个八点的", null, first.session(), "time", "08:00");
        assertThat(again.outcome()).isEqualTo(Outcome.DONE);
        assertThat(calls).extracting(r -> r.value("time")).containsExactly("07:00", "08:00");
    }

    @Test
    void aWatchGetsTheBriefFormAndASpeakerGetsNoScreenText() {
        SkillRequest.Builder b = SkillRequest.builder().skill("clock").intent("alarm.set").slot("time", "07:00");
        SkillResponse watch = runtime.handle(b.device(Device.of("watch", "screen")).build());
        assertThat(watch.tts()).isEqualTo("已定07:00");
        SkillResponse speaker = runtime.handle(b.device(Device.of("speaker")).build());
        assertThat(speaker.text()).isNull();
        assertThat(speaker.tts()).contains("07:00");
    }

    @Test
    void aLongReplyWithoutABriefFormIsCutToItsFirstSentenceOnAWatch() {
        var adapter = new DeviceAdapter(10);
        var watch = SkillRequest.builder().device(Device.of("watch", "screen")).build();
        var shortened = adapter.intercept(watch, SkillResponse.builder().say("明天北京晴，零下二到八度。风力不大，适合出门散步。").build());
        assertThat(shortened.tts()).isEqualTo("明天北京晴，零下二到八度。");
        var phone = SkillRequest.builder().device(Device.of("phone", "screen")).build();
        assertThat(adapter.intercept(phone, SkillResponse.builder().say("明天北京晴，零下二到八度。风力不大。").build()).tts()).endsWith("风力不大。");
    }

    @Test
    void aHandlerFailureBecomesAPoliteReplyWithTheReasonRecorded() {
        SkillResponse r = turn("定个25点的闹钟", "alarm.set", Map.of(), "time", "25:00");
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(r.tts()).startsWith("抱歉");
        assertThat(r.failureReason()).contains("no such hour");
    }

    @Test
    void unknownSkillsAndUnsupportedDevicesAreAnsweredNotThrown() {
        assertThat(runtime.handle(SkillRequest.builder().skill("nope").intent("x").build()).outcome()).isEqualTo(Outcome.FAILED);
        SkillResponse tv = runtime.handle(SkillRequest.builder().skill("clock").intent("alarm.set").device(Device.of("tv")).build());
        assertThat(tv.outcome()).isEqualTo(Outcome.UNSUPPORTED);
        assertThat(runtime.handle(null).outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void interceptorsSeeEveryRequestAndResponse() {
        List<String> seen = new ArrayList<>();
        runtime.addRequestInterceptor(r -> { seen.add("req:" + r.intent()); return r; });
        runtime.addResponseInterceptor((r, resp) -> { seen.add("resp:" + resp.outcome()); return resp; });
        turn("定个七点的闹钟", "alarm.set", Map.of(), "time", "07:00");
        assertThat(seen).containsExactly("req:alarm.set", "resp:DONE");
    }
}
