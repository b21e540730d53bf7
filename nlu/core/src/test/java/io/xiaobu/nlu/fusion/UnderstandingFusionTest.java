package io.xiaobu.nlu.fusion;

import io.xiaobu.nlu.Understanding;
import io.xiaobu.nlu.grammar.Grammar;
import io.xiaobu.nlu.grammar.GrammarYamlLoader;
import io.xiaobu.nlu.grammar.IntentGrammar;
import io.xiaobu.nlu.grammar.RuleMatchResult;
import io.xiaobu.nlu.grammar.RuleMatcher;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Rule results come from the real matcher; model hypotheses are the plain records the model produces. */
class UnderstandingFusionTest {

    private static final RuleMatcher BUILT_IN = RuleMatcher.compile(GrammarYamlLoader.builtIn());
    private final UnderstandingFusion fusion = new UnderstandingFusion();

    private static Understanding model(String domain, String intent, double p) {
        return new Understanding(domain, intent, List.of(), p, "model", "intent head " + p);
    }

    @Test
    void aFullRuleMatchWinsEvenWhenTheModelPrefersAnotherIntent() {
        FusionResult r = fusion.fuse(BUILT_IN.match("打开微信"), List.of(model("chat", "chat.chat", 0.8), model("app", "app.open", 0.1)));
        assertThat(r.status()).isEqualTo(FusionResult.Status.CONFIDENT);
        Understanding best = r.best().orElseThrow();
        assertThat(best.intent()).isEqualTo("app.open");
        assertThat(best.confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(best.slotValue("app")).isEqualTo("com.tencent.mm");
        assertThat(r.ranked()).extracting(Understanding::intent).containsExactly("app.open", "chat.chat");
    }

    @Test
    void agreementBetweenRuleAndModelBoostsConfidence() {
        RuleMatchResult rule = BUILT_IN.match("打开威信");
        double ruleAlone = rule.best().orElseThrow().understanding().confidence();
        Understanding best = fusion.fuse(rule, List.of(model("app", "app.open", 0.7))).best().orElseThrow();
        assertThat(best.confidence()).isGreaterThan(ruleAlone).isLessThanOrEqualTo(0.99);
        assertThat(best.source()).isEqualTo("fusion");
        assertThat(best.explanation()).contains("model agrees");
    }

    @Test
    void withoutARuleMatchTheModelDecides() {
        FusionResult r = fusion.fuse(BUILT_IN.match("今天天气怎么样"), List.of(model("weather", "weather.query", 0.92), model("chat", "chat.chat", 0.05)));
        assertThat(r.status()).isEqualTo(FusionResult.Status.CONFIDENT);
        assertThat(r.best().orElseThrow().intent()).isEqualTo("weather.query");
        assertThat(r.best().orElseThrow().source()).isEqualTo("model");
    }

    @Test
    void aFullRuleMatchTheModelSaysAsksNoSkillKeepsOnlyTheModelsDoubt() {
        FusionResult doubted = fusion.fuse(BUILT_IN.match("打开微信"), List.of(), 0.95);
        assertThat(doubted.best().orElseThrow().intent()).isEqualTo("app.open");
        assertThat(doubted.best().orElseThrow().confidence()).isCloseTo(0.05, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(doubted.best().orElseThrow().explanation()).contains("asks no skill");
        assertThat(doubted.status()).isEqualTo(FusionResult.Status.LOW_CONFIDENCE);
        // a model that only half-doubts, or was not asked, leaves the match as it is
        assertThat(fusion.fuse(BUILT_IN.match("打开微信"), List.of(), 0.3).best().orElseThrow().confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(fusion.fuse(BUILT_IN.match("打开微信"), List.of(), Double.NaN).status()).isEqualTo(FusionResult.Status.CONFIDENT);
    }

    @Test
    void aWeakBestHypothesisIsLowConfidence() {
        FusionResult r = fusion.fuse(BUILT_IN.match("嗯那个什么来着"), List.of(model("weather", "weather.query", 0.35), model("chat", "chat.chat", 0.15)));
        assertThat(r.status()).isEqualTo(FusionResult.Status.LOW_CONFIDENCE);
        assertThat(r.best().orElseThrow().intent()).isEqualTo("weather.query");
    }

    @Test
    void twoCloseModelIntentsAreAmbiguous() {
        FusionResult r = fusion.fuse(BUILT_IN.match("来点音乐"), List.of(model("music", "music.play", 0.52), model("radio", "radio.play", 0.5)));
        assertThat(r.status()).isEqualTo(FusionResult.Status.AMBIGUOUS);
        assertThat(r.ranked()).extracting(Understanding::intent).containsExactly("music.play", "radio.play");
    }

    @Test
    void aRulePartialOfTheSameIntentBoostsTheModelAndLendsItsWords() {
        RuleMatchResult rule = BUILT_IN.match("打开拼多多");
        assertThat(rule.status()).isEqualTo(RuleMatchResult.Status.PARTIAL);
        FusionResult r = fusion.fuse(rule, List.of(model("app", "app.open", 0.6), model("chat", "chat.chat", 0.3)));
        Understanding best = r.best().orElseThrow();
        assertThat(best.intent()).isEqualTo("app.open");
        assertThat(best.confidence()).isGreaterThan(0.6);
        assertThat(best.source()).isEqualTo(UnderstandingFusion.MODEL_WITH_PARTIAL);
        assertThat(best.slots()).singleElement().satisfies(s -> {
            assertThat(s.value()).isEqualTo("拼多多");
            assertThat(s.normalized()).isNull();
        });
        assertThat(r.status()).isEqualTo(FusionResult.Status.CONFIDENT);
    }

    @Test
    void aRuleTieIsSettledByAClearModelPreference() {
        RuleMatchResult tie = tieOnLightsOff();
        FusionResult r = fusion.fuse(tie, List.of(model("light", "light.off", 0.8), model("iot", "iot.off", 0.1)));
        assertThat(r.status()).isEqualTo(FusionResult.Status.CONFIDENT);
        assertThat(r.best().orElseThrow().intent()).isEqualTo("light.off");
        assertThat(r.best().orElseThrow().explanation()).contains("model settles the tie");
    }

    @Test
    void aRuleTieStaysAmbiguousWhenTheModelDoesNotPrefer() {
        FusionResult r = fusion.fuse(tieOnLightsOff(), List.of(model("light", "light.off", 0.44), model("iot", "iot.off", 0.42)));
        assertThat(r.status()).isEqualTo(FusionResult.Status.AMBIGUOUS);
        assertThat(r.ranked()).extracting(Understanding::intent).containsExactly("light.off", "iot.off");
    }

    @Test
    void nothingFromEitherSideIsNone() {
        assertThat(fusion.fuse(BUILT_IN.match("随便说说"), List.of()).status()).isEqualTo(FusionResult.Status.NONE);
        assertThat(fusion.fuse(null, null).status()).isEqualTo(FusionResult.Status.NONE);
        List<Understanding> withNull = new ArrayList<>();
        withNull.add(null);
        assertThat(fusion.fuse(null, withNull).status()).isEqualTo(FusionResult.Status.NONE);
    }

    @Test
    void theNumberOfHypothesesIsCappedAtTopK() {
        UnderstandingFusion two = new UnderstandingFusion(new FusionPolicy(0.9, 0.99, 0.5, 0.1, 2, 0.5));
        FusionResult r = two.fuse(null, List.of(model("a", "a.x", 0.9), model("b", "b.x", 0.05), model("c", "c.x", 0.03)));
        assertThat(r.ranked()).hasSize(2);
    }

    private static RuleMatchResult tieOnLightsOff() {
        Grammar lights = new Grammar("lights", List.of(new IntentGrammar("light", "light.off", List.of("关灯"))), Map.of(), Map.of());
        Grammar iot = new Grammar("iot", List.of(new IntentGrammar("iot", "iot.off", List.of("关[掉]灯"))), Map.of(), Map.of());
        RuleMatchResult r = RuleMatcher.compile(List.of(lights, iot)).match("关灯");
        assertThat(r.status()).isEqualTo(RuleMatchResult.Status.AMBIGUOUS);
        return r;
    }
}
