package io.xiaobu.nlu.grammar;

import io.xiaobu.nlu.Slot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in system and app grammars: utterance in → intent and slots out; negatives match nothing. */
class BuiltinGrammarTest {

    static RuleMatcher matcher;

    @BeforeAll
    static void compile() {
        matcher = RuleMatcher.compile(GrammarYamlLoader.builtIn());
    }

    @ParameterizedTest(name = "{0} → {1} {2}={3}")
    @CsvSource(delimiter = '|', textBlock = """
            打开wifi                 | system.setting.on   | setting | wifi
            帮我打开WiFi吧            | system.setting.on   | setting | wifi
            请开启蓝牙                | system.setting.on   | setting | bluetooth
            把手电筒打开              | system.setting.on   | setting | flashlight
            無線網打開                | system.setting.on   | setting | wifi
            开启免打扰模式            | system.setting.on   | setting | do_not_disturb
            关闭蓝牙                  | system.setting.off  | setting | bluetooth
            把闪光灯关了              | system.setting.off  | setting | flashlight
            关掉勿扰模式              | system.setting.off  | setting | do_not_disturb
            音量调到50                | system.volume.set   | level   | 50
            把声音调成五十            | system.volume.set   | level   | 50
            音量设置为百分之三十       | system.volume.set   | level   | 30
            亮度调到８０              | system.brightness.set | level | 80
            把屏幕亮度调成二十五       | system.brightness.set | level | 25
            打开微信                  | app.open            | app     | com.tencent.mm
            帮我打开威信一下          | app.open            | app     | com.tencent.mm
            打开 WeChat              | app.open            | app     | com.tencent.mm
            启动b站                   | app.open            | app     | tv.danmaku.bili
            退出支付宝                | app.close           | app     | com.eg.android.AlipayGphone
            把高德地图关掉            | app.close           | app     | com.autonavi.minimap
            """)
    void commandsWithASlotMatchTheirIntent(String utterance, String intent, String slot, String value) {
        RuleMatchResult r = matcher.match(utterance);
        assertThat(r.status()).as(utterance).isEqualTo(RuleMatchResult.Status.MATCHED);
        RuleMatch best = r.best().orElseThrow();
        assertThat(best.intent()).isEqualTo(intent);
        assertThat(best.understanding().slotValue(slot)).isEqualTo(value);
        assertThat(best.understanding().source()).isEqualTo("rule");
        assertThat(best.understanding().explanation()).contains(best.template().template());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            声音大一点      | system.volume.up
            把音量调高点    | system.volume.up
            大声点          | system.volume.up
            音量太小了      | system.volume.up
            调低音量        | system.volume.down
            小声一点        | system.volume.down
            声音太吵了      | system.volume.down
            屏幕亮一点      | system.brightness.up
            调亮屏幕亮度    | system.brightness.up
            屏幕太亮了      | system.brightness.down
            把屏幕调暗一点  | system.brightness.down
            截屏            | system.screenshot
            帮我截个图      | system.screenshot
            把当前页面截下来 | system.screenshot
            """)
    void commandsWithoutSlotsMatchTheirIntent(String utterance, String intent) {
        RuleMatchResult r = matcher.match(utterance);
        assertThat(r.status()).as(utterance).isEqualTo(RuleMatchResult.Status.MATCHED);
        assertThat(r.best().orElseThrow().intent()).isEqualTo(intent);
    }

    @Test
    void slotSpansPointIntoTheOriginalText() {
        String original = "嗯，幫我打開 ＷｅＣｈａｔ 吧";
        RuleMatch m = matcher.match(original).best().orElseThrow();
        Slot app = m.understanding().slots().getFirst();
        assertThat(app.value()).isEqualTo("ＷｅＣｈａｔ");
        assertThat(original.substring(app.start(), app.end())).isEqualTo("ＷｅＣｈａｔ");
        assertThat(app.normalized()).isEqualTo("com.tencent.mm");
        assertThat(m.slots().getFirst().canonical()).isEqualTo("微信");
    }

    @ParameterizedTest
    @ValueSource(strings = {"不要打开wifi", "wifi密码是多少", "我想看看蓝牙耳机", "打开微信支付宝", "今天天气怎么样",
            "音量", "把音量调到", "亮度调到很高", "截屏功能怎么用", "打开微信的扫一扫", "", "😀😀😀", "MATCH (n) RETURN n"})
    void utterancesThatAreNotCommandsDoNotMatch(String utterance) {
        RuleMatchResult r = matcher.match(utterance);
        assertThat(r.status()).as(utterance).isNotIn(RuleMatchResult.Status.MATCHED, RuleMatchResult.Status.AMBIGUOUS);
        assertThat(r.best()).isEmpty();
    }

    @Test
    void anUnknownAppIsAPartialMatchWithTheFailedSlot() {
        RuleMatchResult r = matcher.match("打开拼多多");
        assertThat(r.status()).isEqualTo(RuleMatchResult.Status.PARTIAL);
        // 拼多多 could be an unknown app or an unknown setting: both are reported, neither is forced
        assertThat(r.partials()).extracting(x -> x.template().intent()).contains("app.open", "system.setting.on");
        PartialMatch p = r.partials().stream().filter(x -> x.template().intent().equals("app.open")).findFirst().orElseThrow();
        assertThat(p.kind()).isEqualTo(PartialMatch.Kind.SLOT_FAILED);
        assertThat(p.failedSlot().name()).isEqualTo("app");
        assertThat(p.failedSlot().value()).isEqualTo("拼多多");
        assertThat(p.understanding().confidence()).isLessThan(0.5);
    }

    @Test
    void aCommandCutShortIsAPrefixMatchThatSaysWhatIsMissing() {
        RuleMatchResult r = matcher.match("帮我打开");
        assertThat(r.status()).isEqualTo(RuleMatchResult.Status.PARTIAL);
        // the prefix readings (more literal text) rank above reading 帮我 as an unknown setting
        assertThat(r.partials().subList(0, 2)).allSatisfy(p -> assertThat(p.kind()).isEqualTo(PartialMatch.Kind.PREFIX));
        assertThat(r.partials()).filteredOn(p -> p.kind() == PartialMatch.Kind.PREFIX)
                .extracting(p -> p.template().intent()).contains("app.open", "system.setting.on");
        assertThat(r.partials().getFirst().expected()).containsAnyOf("{app}", "{setting}");
    }

    @Test
    void everySampledUtteranceOfTheBuiltInGrammarsMatchesItsOwnIntentAndSlots() {
        List<TemplateSampler.Sample> samples = new TemplateSampler(GrammarYamlLoader.builtIn()).sample(20, 7);
        assertThat(samples).hasSizeGreaterThan(300);
        for (TemplateSampler.Sample s : samples) {
            RuleMatchResult r = matcher.match(s.text());
            assertThat(r.status()).as(s.text()).isEqualTo(RuleMatchResult.Status.MATCHED);
            RuleMatch m = r.best().orElseThrow();
            assertThat(m.intent()).as(s.text()).isEqualTo(s.intent());
            assertThat(m.understanding().slots()).as(s.text()).extracting(Slot::name, Slot::normalized, Slot::start, Slot::end)
                    .containsExactlyElementsOf(s.slots().stream()
                            .map(x -> org.assertj.core.groups.Tuple.tuple(x.name(), x.normalized(), x.start(), x.end())).toList());
        }
    }
}
