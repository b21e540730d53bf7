package io.xiaobu.nlu.grammar;

import io.xiaobu.nlu.Slot;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateSamplerTest {

    private final Grammar grammar = new Grammar("t",
            List.of(new IntentGrammar("app", "app.open", List.of("[请|帮我](打开|开启){app}[一下]")),
                    new IntentGrammar("music", "music.play", List.of("播放{song}")),
                    new IntentGrammar("music", "music.search", List.of("搜索{query}"))),
            Map.of("app", new SlotSpec.ListSlot(List.of(new ListValue("微信", "com.tencent.mm", List.of("威信")))),
                    "song", new SlotSpec.WildcardSlot(1, 10, List.of("晴天", "稻香")),
                    "query", new SlotSpec.WildcardSlot(1, 10, List.of())),
            Map.of());

    @Test
    void samplesAreLabelledWithIntentAndSlotSpans() {
        List<TemplateSampler.Sample> samples = new TemplateSampler(List.of(grammar)).sample(50, 3);
        List<TemplateSampler.Sample> open = samples.stream().filter(s -> s.intent().equals("app.open")).toList();
        assertThat(open).hasSize(24); // 3 prefixes × 2 verbs × 2 spoken forms × 2 endings, all distinct
        for (TemplateSampler.Sample s : open) {
            Slot app = s.slots().getFirst();
            assertThat(s.text().substring(app.start(), app.end())).isIn("微信", "威信");
            assertThat(app.normalized()).isEqualTo("com.tencent.mm");
        }
        assertThat(samples).filteredOn(s -> s.intent().equals("music.play")).extracting(TemplateSampler.Sample::text)
                .containsExactlyInAnyOrder("播放晴天", "播放稻香");
    }

    @Test
    void aWildcardWithoutExamplesCannotBeSampled() {
        assertThat(new TemplateSampler(List.of(grammar)).sample(5, 1)).noneMatch(s -> s.intent().equals("music.search"));
    }

    @Test
    void theSameSeedGivesTheSameSamples() {
        TemplateSampler sampler = new TemplateSampler(List.of(grammar));
        assertThat(sampler.sample(5, 9)).isEqualTo(sampler.sample(5, 9));
    }
}
