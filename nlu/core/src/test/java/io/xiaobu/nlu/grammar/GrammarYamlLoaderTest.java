package io.xiaobu.nlu.grammar;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GrammarYamlLoaderTest {

    private static final String YAML = """
            domain: music
            rules:
              please: "[请|帮我]"
            slots:
              song: { type: wildcard, min: 1, max: 12, examples: [晴天] }
              app:
                type: list
                values:
                  - value: 网易云音乐
                    normalized: com.netease.cloudmusic
                    synonyms: [网易云]
                  - QQ音乐
              volume: { type: recognizer, recognizer: sys.integer }
            intents:
              music.play:
                templates: ["<please>播放{song}"]
              music.open_app: ["打开{app}"]
              system.volume:
                domain: system
                templates: ["音量{volume}"]
            """;

    @Test
    void aYamlGrammarLoadsIntentsSlotsAndRules() {
        Grammar g = GrammarYamlLoader.parse(YAML, "test/music");
        assertThat(g.name()).isEqualTo("test/music");
        assertThat(g.intents()).extracting(IntentGrammar::domain, IntentGrammar::intent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("music", "music.play"),
                        org.assertj.core.groups.Tuple.tuple("music", "music.open_app"),
                        org.assertj.core.groups.Tuple.tuple("system", "system.volume"));
        assertThat(g.slots().get("song")).isEqualTo(new SlotSpec.WildcardSlot(1, 12, List.of("晴天")));
        assertThat(((SlotSpec.ListSlot) g.slots().get("app")).values()).containsExactly(
                new ListValue("网易云音乐", "com.netease.cloudmusic", List.of("网易云")), ListValue.of("QQ音乐"));
        assertThat(g.rules()).containsEntry("please", "[请|帮我]");

        RuleMatcher m = RuleMatcher.compile(List.of(g));
        assertThat(m.match("帮我播放晴天").best().orElseThrow().understanding().slotValue("song")).isEqualTo("晴天");
        assertThat(m.match("打开网易云").best().orElseThrow().understanding().slotValue("app")).isEqualTo("com.netease.cloudmusic");
        assertThat(m.match("音量三十").best().orElseThrow().understanding().slotValue("volume")).isEqualTo("30");
    }

    @Test
    void mistakesInTheYamlAreReportedWithWhereTheyAre() {
        assertThatThrownBy(() -> GrammarYamlLoader.parse("intents: {a.b: [x]}", "g1"))
                .hasMessageContaining("grammar 'g1' intent 'a.b': no domain");
        assertThatThrownBy(() -> GrammarYamlLoader.parse("domain: d\nslots: {s: {type: regex}}", "g2"))
                .hasMessageContaining("grammar 'g2' slot 's': unknown type 'regex'");
        assertThatThrownBy(() -> GrammarYamlLoader.parse("domain: d\nslots: {s: {type: wildcard, min: x}}", "g3"))
                .hasMessageContaining("slot 's' min: expected a number");
        assertThatThrownBy(() -> GrammarYamlLoader.parse("domain: [unclosed", "g4"))
                .hasMessageContaining("grammar 'g4': not valid YAML");
        assertThatThrownBy(() -> GrammarYamlLoader.parse("- a\n- b", "g5"))
                .hasMessageContaining("grammar 'g5': expected a mapping");
    }

    @Test
    void builtInGrammarsAreListedInTheIndex() {
        assertThat(GrammarYamlLoader.builtIn()).extracting(Grammar::name).containsExactly("builtin/system", "builtin/app");
    }
}
