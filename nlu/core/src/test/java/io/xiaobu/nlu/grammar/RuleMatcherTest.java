package io.xiaobu.nlu.grammar;

import io.xiaobu.nlu.Slot;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleMatcherTest {

    private static final Map<String, SlotSpec> SLOTS = Map.of(
            "app", new SlotSpec.ListSlot(List.of(
                    new ListValue("微信", "com.tencent.mm", List.of("威信", "weixin", "WeChat")),
                    new ListValue("支付宝", "com.eg.android.AlipayGphone", List.of()))),
            "city", new SlotSpec.ListSlot(List.of(ListValue.of("北京"), ListValue.of("上海"), ListValue.of("上海虹桥"))),
            "song", new SlotSpec.WildcardSlot(1, 10, List.of("晴天", "稻香")),
            "singer", new SlotSpec.WildcardSlot(1, 6, List.of("周杰伦")),
            "thing", new SlotSpec.WildcardSlot(1, 6, List.of("冰箱")),
            "n", new SlotSpec.RecognizerSlot("sys.integer"));

    private static Grammar grammar(String name, Map<String, List<String>> intents) {
        return new Grammar(name, intents.entrySet().stream()
                .map(e -> new IntentGrammar(e.getKey().split("\\.")[0], e.getKey(), e.getValue())).toList(),
                SLOTS, Map.of("please", "[请|帮我]"));
    }

    private static RuleMatcher matcher(Map<String, List<String>> intents) {
        return RuleMatcher.compile(List.of(grammar("test", intents)));
    }

    private static RuleMatch best(RuleMatcher m, String utterance) {
        RuleMatchResult r = m.match(utterance);
        assertThat(r.status()).as(utterance).isEqualTo(RuleMatchResult.Status.MATCHED);
        return r.best().orElseThrow();
    }

    @Test
    void everyVariantOfTheIssueExampleMatchesWithItsAppSlot() {
        RuleMatcher m = matcher(Map.of("app.open", List.of("[请|帮我](打开|开启){app}[一下]")));
        for (String prefix : List.of("", "请", "帮我")) {
            for (String verb : List.of("打开", "开启")) {
                for (String app : List.of("微信", "威信", "weixin", "WeChat")) {
                    for (String suffix : List.of("", "一下")) {
                        RuleMatch r = best(m, prefix + verb + app + suffix);
                        assertThat(r.understanding().slotValue("app")).isEqualTo("com.tencent.mm");
                        assertThat(r.slots().getFirst().value()).isEqualTo(app);
                        assertThat(r.slots().getFirst().canonical()).isEqualTo("微信");
                    }
                }
            }
        }
        assertThat(m.match("请帮我打开微信").status()).isNotEqualTo(RuleMatchResult.Status.MATCHED);
    }

    @Test
    void aWildcardSlotIsAnchoredByTheRestOfTheTemplate() {
        RuleMatcher m = matcher(Map.of("music.play", List.of("播放{song}[吧]", "播放{singer}的{song}")));
        assertThat(best(m, "播放晴天").understanding().slotValue("song")).isEqualTo("晴天");
        RuleMatch twoSlots = best(m, "播放周杰伦的晴天");
        assertThat(twoSlots.template().template()).isEqualTo("播放{singer}的{song}");
        assertThat(twoSlots.understanding().slotValue("singer")).isEqualTo("周杰伦");
        assertThat(twoSlots.understanding().slotValue("song")).isEqualTo("晴天");
    }

    @Test
    void aWildcardLongerThanItsMaximumDoesNotMatch() {
        RuleMatcher m = matcher(Map.of("music.play", List.of("播放{song}")));
        assertThat(m.match("播放" + "一二三四五六七八九十").status()).isEqualTo(RuleMatchResult.Status.MATCHED);
        assertThat(m.match("播放" + "一二三四五六七八九十百").status()).isNotEqualTo(RuleMatchResult.Status.MATCHED);
    }

    @Test
    void oneListCanFillTwoSlotsUnderDifferentNames() {
        RuleMatch r = best(matcher(Map.of("travel.route", List.of("从{city:from}到{city:to}"))), "从上海虹桥到北京");
        assertThat(r.understanding().slotValue("from")).isEqualTo("上海虹桥");
        assertThat(r.understanding().slotValue("to")).isEqualTo("北京");
    }

    @Test
    void aRecognizerSlotReadsNumbersInDigitsOrChinese() {
        RuleMatcher m = matcher(Map.of("timer.set", List.of("<please>{n}分钟后提醒我")));
        assertThat(best(m, "五分钟后提醒我").understanding().slotValue("n")).isEqualTo("5");
        assertThat(best(m, "帮我十五分钟后提醒我").understanding().slotValue("n")).isEqualTo("15");
        assertThat(best(m, "请30分钟后提醒我").understanding().slotValue("n")).isEqualTo("30");
        assertThat(best(m, "请30分钟后提醒我").understanding().confidence()).isLessThan(0.97);
    }

    @Test
    void aPluggedInRecognizerFillsItsSlots() {
        SlotRecognizer colors = new SlotRecognizer() {
            public String id() { return "sys.color"; }
            public List<Candidate> recognize(String text, int start) {
                return text.startsWith("红色", start) ? List.of(new Candidate(start + 2, "#ff0000")) : List.of();
            }
            public List<Example> examples() { return List.of(new Example("红色", "#ff0000")); }
        };
        Grammar g = new Grammar("lights", List.of(new IntentGrammar("light", "light.color", List.of("灯(调成|变成){color}"))),
                Map.of("color", new SlotSpec.RecognizerSlot("sys.color")), Map.of());
        RuleMatcher m = RuleMatcher.compile(List.of(g), SlotRecognizers.defaults().with(colors),
                RuleMatcherConfig.defaults(), RuleConfidencePolicy.defaults());
        RuleMatch r = best(m, "灯调成红色");
        assertThat(r.understanding().slotValue("color")).isEqualTo("#ff0000");
        assertThat(r.slots().getFirst().kind()).isEqualTo("recognizer:sys.color");
    }

    @Test
    void aListValueBeatsAWildcardForTheSameWords() {
        RuleMatcher m = matcher(Map.of("app.open", List.of("打开{app}"), "iot.open", List.of("打开{thing}")));
        assertThat(best(m, "打开微信").intent()).isEqualTo("app.open");
        assertThat(best(m, "打开冰箱").intent()).isEqualTo("iot.open");
    }

    @Test
    void moreLiteralTextBeatsASlot() {
        RuleMatcher m = matcher(Map.of("app.open", List.of("打开{app}"), "app.pay", List.of("打开微信支付")));
        assertThat(best(m, "打开微信支付").intent()).isEqualTo("app.pay");
    }

    @Test
    void twoIntentsThatMatchEquallyWellAreAmbiguousNotGuessed() {
        Grammar lights = grammar("lights", Map.of("light.off", List.of("关灯")));
        Grammar iot = grammar("iot", Map.of("iot.off", List.of("关[掉]灯")));
        RuleMatchResult r = RuleMatcher.compile(List.of(lights, iot)).match("关灯");
        assertThat(r.status()).isEqualTo(RuleMatchResult.Status.AMBIGUOUS);
        assertThat(r.best()).isEmpty();
        assertThat(r.tied()).extracting(RuleMatch::intent).containsExactlyInAnyOrder("light.off", "iot.off");
        assertThat(r.tied()).allSatisfy(x -> {
            assertThat(x.understanding().confidence()).isLessThan(0.5);
            assertThat(x.understanding().explanation()).startsWith("ambiguous");
        });
    }

    @Test
    void twoTemplatesOfTheSameIntentAreNotAmbiguous() {
        RuleMatcher m = matcher(Map.of("light.off", List.of("关灯", "关[掉]灯")));
        assertThat(m.match("关灯").status()).isEqualTo(RuleMatchResult.Status.MATCHED);
    }

    @Test
    void templatesAreNormalisedLikeUserText() {
        RuleMatcher m = matcher(Map.of("system.wifi", List.of("打開ＷｉＦｉ")));
        assertThat(m.match("打开wifi").status()).isEqualTo(RuleMatchResult.Status.MATCHED);
        assertThat(m.match("打開 WIFI！").status()).isEqualTo(RuleMatchResult.Status.MATCHED);
    }

    @Test
    void aTemplateSpaceIsOptional() {
        RuleMatcher m = matcher(Map.of("app.open", List.of("open {app} now")));
        assertThat(best(m, "open wechat now").understanding().slotValue("app")).isEqualTo("com.tencent.mm");
        assertThat(m.match("openwechatnow").status()).isEqualTo(RuleMatchResult.Status.MATCHED);
    }

    @Test
    void slotSpansAreReportedInTheOriginalText() {
        RuleMatcher m = matcher(Map.of("app.open", List.of("[请|帮我](打开|开启){app}[一下]")));
        String original = "😀嗯，幫我打開 威信 一下！";
        RuleMatch r = best(m, original);
        Slot app = r.understanding().slots().getFirst();
        assertThat(original.substring(app.start(), app.end())).isEqualTo("威信");
        assertThat(app.value()).isEqualTo("威信");
        assertThat(r.slots().getFirst().start()).isEqualTo(4); // in the normalised text 帮我打开威信一下
    }

    @Test
    void theConfidencePolicyRewardsLiteralCoverage() {
        RuleMatcher m = matcher(Map.of("app.open", List.of("打开{app}"), "music.play", List.of("播放{song}")));
        double list = best(m, "打开微信").understanding().confidence();
        double wildcard = best(m, "播放稻香").understanding().confidence();
        assertThat(list).isEqualTo(0.97);
        assertThat(wildcard).isLessThan(list).isGreaterThan(0.8);
    }

    @Test
    void compileErrorsNameTheTemplateAndTheProblem() {
        assertThatThrownBy(() -> matcher(Map.of("a.b", List.of("打开{nope}"))))
                .hasMessageContaining("template '打开{nope}' column 3: unknown slot {nope}");
        assertThatThrownBy(() -> matcher(Map.of("a.b", List.of("<nope>打开"))))
                .hasMessageContaining("column 1: unknown rule <nope>");
        assertThatThrownBy(() -> matcher(Map.of("a.b", List.of("[请]"))))
                .hasMessageContaining("matches empty text");
        assertThatThrownBy(() -> matcher(Map.of("a.b", List.of("[请]{song}"))))
                .hasMessageContaining("only open slots");
        Grammar loop = new Grammar("loop", List.of(new IntentGrammar("a", "a.b", List.of("<x>"))), Map.of(), Map.of("x", "a<x>"));
        assertThatThrownBy(() -> RuleMatcher.compile(List.of(loop))).hasMessageContaining("rule <x> refers to itself");
        Grammar noRec = new Grammar("r", List.of(new IntentGrammar("a", "a.b", List.of("调到{n}"))),
                Map.of("n", new SlotSpec.RecognizerSlot("sys.datetime")), Map.of());
        assertThatThrownBy(() -> RuleMatcher.compile(List.of(noRec))).hasMessageContaining("needs recognizer 'sys.datetime'");
    }

    @Test
    void aSearchThatRunsOutOfBudgetIsMarkedTruncatedInsteadOfHanging() {
        Grammar g = grammar("w", Map.of("x.y", List.of("{song}{singer}{thing}的")));
        RuleMatcher m = RuleMatcher.compile(List.of(g), SlotRecognizers.defaults(),
                new RuleMatcherConfig(100_000, 8, 12, 50, 200), RuleConfidencePolicy.defaults());
        RuleMatchResult r = m.match("一二三四五六七八九十一二三四五六七八九十的");
        assertThat(r.truncated()).isTrue();
    }

    @Test
    void randomAndHostileInputNeverThrows() {
        RuleMatcher m = RuleMatcher.compile(GrammarYamlLoader.builtIn());
        Random random = new Random(1);
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(30);
            for (int k = 0; k < len; k++) b.append((char) (random.nextBoolean() ? 0x4E00 + random.nextInt(0x400) : random.nextInt(0x10000)));
            assertThat(m.match(b.toString())).isNotNull();
        }
        assertThat(m.match((String) null).status()).isEqualTo(RuleMatchResult.Status.NO_MATCH);
        assertThat(m.match("打开".repeat(2000)).status()).isEqualTo(RuleMatchResult.Status.NO_MATCH);
        assertThat(m.match("'; DROP TABLE intents; --").status()).isEqualTo(RuleMatchResult.Status.NO_MATCH);
    }
}
