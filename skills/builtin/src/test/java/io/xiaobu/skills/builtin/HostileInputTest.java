package io.xiaobu.skills.builtin;

import io.xiaobu.skills.builtin.live.LiveDataProvider;
import io.xiaobu.skills.sdk.Outcome;
import io.xiaobu.skills.sdk.Skill;
import io.xiaobu.skills.sdk.SkillRequest;
import io.xiaobu.skills.sdk.SkillResponse;
import io.xiaobu.skills.sdk.model.IntentModel;
import io.xiaobu.skills.sdk.model.SlotModel;
import io.xiaobu.skills.sdk.runtime.SkillRuntime;
import io.xiaobu.skills.sdk.testkit.TemplateUnderstander;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input never throws out of a skill: every intent of every skill, every slot, every hostile value. */
class HostileInputTest {

    @TempDir
    Path dir;

    static final List<String> HOSTILE = List.of("", " ", "\u0000\u0007\u001b[31m", "😀".repeat(500), "鬧鐘設定七點", "１２：３０",
            "'; DROP TABLE alarms; --", "MATCH (n) DETACH DELETE n", "../../etc/passwd", "x".repeat(100_000), "-1", "NaN",
            "9999-99-99T99:99", "PT-5M", "P9999999999D", "1e999999", "\uD800", "null");

    @Test
    void everyIntentSurvivesEveryHostileSlotValueAndUtterance() {
        SkillRuntime runtime = Fixtures.skills(dir, LiveDataProvider.notConnected()).runtime();
        int turns = 0;
        for (Skill skill : runtime.skills()) {
            for (IntentModel intent : skill.model().intents()) {
                for (String bad : HOSTILE) {
                    SkillRequest.Builder b = SkillRequest.builder().skill(skill.id()).intent(intent.name()).utterance(bad)
                            .device(Fixtures.phone()).now(Fixtures.NOW).user(bad).confirmed(true);
                    for (SlotModel s : intent.slots()) b.slot(s.name(), bad);
                    SkillResponse r = runtime.handle(b.build());
                    turns++;
                    assertThat(r).isNotNull();
                    assertThat(r.failureReason()).as(skill.id() + "/" + intent.name() + " with " + bad.substring(0, Math.min(20, bad.length())))
                            .satisfiesAnyOf(x -> assertThat(x).isNull(), x -> assertThat(x).doesNotStartWith("handler error"));
                    assertThat(r.tts()).isNotBlank();
                }
            }
        }
        assertThat(turns).isGreaterThan(900);
    }

    @Test
    void theTemplateMatcherAndRuntimeTakeGarbageSessions() {
        SkillRuntime runtime = Fixtures.skills(dir, LiveDataProvider.notConnected()).runtime();
        var understander = new TemplateUnderstander(runtime.skills().stream().map(Skill::model).toList());
        Map<String, Object> junkSession = Map.of("_dialog", Map.of("skill", 3, "slots", "nope"), "_last", List.of(1, 2));
        for (String bad : HOSTILE) {
            understander.understand(bad, junkSession);
            SkillResponse r = runtime.handle(SkillRequest.builder().skill("alarm").utterance(bad).session(junkSession).build());
            assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        }
    }
}
