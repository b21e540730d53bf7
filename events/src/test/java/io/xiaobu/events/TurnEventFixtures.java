package io.xiaobu.events;

import io.xiaobu.events.TurnEvent.Asr;
import io.xiaobu.events.TurnEvent.Candidate;
import io.xiaobu.events.TurnEvent.Device;
import io.xiaobu.events.TurnEvent.Directive;
import io.xiaobu.events.TurnEvent.Hypothesis;
import io.xiaobu.events.TurnEvent.NBest;
import io.xiaobu.events.TurnEvent.Outcome;
import io.xiaobu.events.TurnEvent.Reply;
import io.xiaobu.events.TurnEvent.Slot;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Realistic turn events for tests. */
public final class TurnEventFixtures {
    private TurnEventFixtures() {}

    /** "明天早上七点叫我起床" answered by the alarm skill, with every field filled in. */
    public static TurnEvent alarmTurn(String requestId, String userId) {
        return TurnEvent.builder()
                .requestId(requestId).userId(userId).deviceId("dev-" + userId).sessionId("s-" + userId)
                .receivedAt(Instant.parse("2026-11-21T08:00:00Z")).timezone("Asia/Shanghai")
                .device(new Device("phone", "zh-CN", List.of("screen", "alarm")))
                .asr(new Asr("明天早上七点叫我起床", 0.93, List.of(new NBest("明天早上七点叫我起床", 0.93),
                        new NBest("明天早上七点叫我起来", 0.41)), 2100, 18.5, "silence"))
                .normalizedText("明天早上7点叫我起床")
                .outcome(Outcome.ANSWERED).skill("alarm").intent("alarm.set").confidence(0.97)
                .slot(new Slot("datetime", "明天早上七点", "2026-11-22T07:00:00+08:00", 0, 6, null))
                .hypothesis(new Hypothesis("alarm", "alarm.set", 0.97, "rules", "template 闹钟.设置#3"))
                .hypothesis(new Hypothesis("chat", "chat.open", 0.12, "model", "multitask head"))
                .candidate(new Candidate("skill", "alarm", "alarm.set", 0.95, Map.of("nlu", 0.97, "prior", 1.0),
                        "a covering task understanding beats chat", true))
                .candidate(new Candidate("chat", "chat", "chat.open", 0.2, Map.of("retrieval", 0.4),
                        "chat is the fallback", false))
                .reply(new Reply("好的，明天早上7点叫你起床", "好的，明天早上七点叫你起床"))
                .directive(new Directive("alarm.create", Map.of("time", "2026-11-22T07:00:00+08:00", "repeat", false)))
                .stage("reject", 40, null).stage("understand", 820, null).stage("link", 0, "no entity linker yet")
                .totalMicros(1_530).model("nlu-multitask", "2026-11-20.1")
                .build();
    }
}
