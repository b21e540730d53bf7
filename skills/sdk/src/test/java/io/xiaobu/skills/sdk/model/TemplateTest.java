package io.xiaobu.skills.sdk.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateTest {

    @Test
    void alternativesOptionalsAndSlotsExpandToEverySentence() throws Exception {
        Template t = Template.parse("[请](定|设)个{time}的闹钟");
        List<String> texts = new TemplateSampler(100).expand(t, Map.of(), s -> "七点").stream().map(TemplateSampler.Sample::text).toList();
        assertThat(texts).containsExactlyInAnyOrder("请定个七点的闹钟", "请设个七点的闹钟", "定个七点的闹钟", "设个七点的闹钟");
        assertThat(t.slotNames()).containsExactly("time");
    }

    @Test
    void namedRulesAreExpandedInline() throws Exception {
        Template t = Template.parse("<please>打开{app}");
        var samples = new TemplateSampler(10).expand(t, Map.of("please", "(请|帮我)"), s -> "微信");
        assertThat(samples).extracting(TemplateSampler.Sample::text).containsExactly("请打开微信", "帮我打开微信");
        assertThat(samples.getFirst().slots()).containsEntry("app", "微信");
    }

    @Test
    void theSamplerStopsAtItsLimit() throws Exception {
        Template t = Template.parse("(a|b|c)(d|e|f)(g|h|i)(j|k|l)");
        assertThat(new TemplateSampler(5).expand(t, Map.of(), s -> "")).hasSize(5);
    }

    @Test
    void brokenTemplatesNameTheColumn() {
        assertThatThrownBy(() -> Template.parse("打开(微信")).hasMessageContaining("never closed").hasMessageContaining("column 3");
        assertThatThrownBy(() -> Template.parse("打开]微信")).hasMessageContaining("unbalanced");
        assertThatThrownBy(() -> Template.parse("打开{}")).hasMessageContaining("slot name");
        assertThatThrownBy(() -> Template.parse("")).hasMessageContaining("empty");
    }
}
