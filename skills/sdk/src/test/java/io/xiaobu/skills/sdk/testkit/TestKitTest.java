package io.xiaobu.skills.sdk.testkit;

import io.xiaobu.skills.sdk.Directive;
import io.xiaobu.skills.sdk.Skill;
import io.xiaobu.skills.sdk.SkillResponse;
import io.xiaobu.skills.sdk.model.InteractionModel;
import io.xiaobu.skills.sdk.model.ModelLoader;
import io.xiaobu.skills.sdk.runtime.SkillRuntime;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestKitTest {

    private static InteractionModel model(String yaml) throws Exception {
        return new ModelLoader().load(yaml, "m.yaml");
    }

    private static final String SWITCHES = """
            id: switches
            version: 1.0.0
            types:
              - name: setting
                values:
                  - {value: wifi, synonyms: [无线网, WLAN]}
            intents:
              - name: toggle
                samples: ["打开{setting}"]
                slots: [{name: setting, type: setting}]
              - name: open_app
                samples: ["打开{app}", "{app}"]
                slots: [{name: app, type: sys.any}]
            """;

    @Test
    void aClosedListSlotBeatsAnOpenSlotOnTheSameWords() throws Exception {
        var u = new TemplateUnderstander(List.of(model(SWITCHES)));
        assertThat(u.understand("打开无线网", Map.of())).hasValueSatisfying(i -> assertThat(i.intent()).isEqualTo("toggle"));
        assertThat(u.understand("打开微信", Map.of())).hasValueSatisfying(i -> {
            assertThat(i.intent()).isEqualTo("open_app");
            assertThat(i.slots()).singleElement().satisfies(s -> assertThat(s.raw()).isEqualTo("微信"));
        });
    }

    @Test
    void aTemplateOfOnlyAnOpenSlotMatchesNothing() throws Exception {
        var u = new TemplateUnderstander(List.of(model(SWITCHES)));
        assertThat(u.understand("今天天气怎么样", Map.of())).isEmpty();
        assertThat(u.understand("打".repeat(TemplateUnderstander.MAX_CHARS + 1), Map.of())).isEmpty();
    }

    private SkillRuntime clockRuntime() throws Exception {
        InteractionModel clock;
        try (var in = getClass().getResourceAsStream("/models/clock.yaml")) {
            clock = new ModelLoader().load(in, "clock.yaml");
        }
        return new SkillRuntime().register(new Skill(clock, r -> SkillResponse.builder()
                .say("闹钟定在" + r.value("time") + "。").directive(Directive.of("alarm.set").with("time", r.value("time"))).build()));
    }

    @Test
    void yamlConversationsReportPassesAndFailuresPerCase() throws Exception {
        SkillRuntime runtime = clockRuntime();
        var understander = new TemplateUnderstander(runtime.skills().stream().map(Skill::model).toList());
        var results = new ScriptedTests(runtime, understander).run(Path.of(getClass().getResource("/conversations/clock.test.yaml").toURI()));
        assertThat(results).extracting(ScriptedTests.CaseResult::passed).containsExactly(true, false);
        assertThat(results.get(1).message()).contains("turn 1").contains("expected intent alarm.set");
    }

    @Test
    void failedAssertionsSayWhatWasExpectedAndWhatCameBack() throws Exception {
        var tester = new SkillTester(clockRuntime(), null);
        var turn = tester.send("clock", "alarm.set", "time", "07:00");
        assertThatThrownBy(() -> turn.assertDirective("timer.start")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected a timer.start directive").hasMessageContaining("闹钟定在07:00");
        assertThatThrownBy(() -> tester.say("定个闹钟")).isInstanceOf(IllegalStateException.class);
    }
}
