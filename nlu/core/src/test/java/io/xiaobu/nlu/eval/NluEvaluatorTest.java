package io.xiaobu.nlu.eval;

import io.xiaobu.nlu.Slot;
import io.xiaobu.nlu.data.NluExample;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NluEvaluatorTest {

    static Slot slot(String name, int start, int end) {
        return new Slot(name, "x", null, start, end, null);
    }

    static NluExample gold(String domain, String intent, Boolean reject, Slot... slots) {
        return new NluExample("1", "1", "某句话某句话", domain, intent, List.of(slots), "", reject, null, null);
    }

    @Test
    void perfectPredictionsScoreOneEverywhere() {
        List<NluExample> g = List.of(gold("music", "play", null, slot("song", 1, 3)), gold("app", "open", null));
        List<Prediction> p = List.of(new Prediction("music", "play", List.of(slot("song", 1, 3)), Double.NaN),
                new Prediction("app", "open", List.of(), Double.NaN));
        EvalReport r = new NluEvaluator(0.5).evaluate(g, p);
        assertThat(r.intentAccuracy()).isEqualTo(1.0);
        assertThat(r.slotF1()).isEqualTo(1.0);
        assertThat(r.sentenceAccuracy()).isEqualTo(1.0);
        assertThat(r.domainAccuracy()).isEqualTo(1.0);
        assertThat(r.reject()).isNull();
    }

    @Test
    void aSlotWithAShiftedSpanIsBothAFalsePositiveAndAMiss() {
        List<NluExample> g = List.of(gold(null, "play", null, slot("song", 1, 3), slot("singer", 4, 6)));
        List<Prediction> p = List.of(new Prediction(null, "play", List.of(slot("song", 1, 4), slot("singer", 4, 6)), Double.NaN));
        EvalReport r = new NluEvaluator(0.5).evaluate(g, p);
        assertThat(r.slotPrecision()).isEqualTo(0.5);
        assertThat(r.slotRecall()).isEqualTo(0.5);
        assertThat(r.slotF1()).isEqualTo(0.5);
        assertThat(r.sentenceAccuracy()).isZero();
        assertThat(r.intentAccuracy()).isEqualTo(1.0);
        assertThat(Double.isNaN(r.domainAccuracy())).as("no domains in the data").isTrue();
        assertThat(r.flat()).doesNotContainKey("domain_accuracy");
    }

    @Test
    void dataWithoutSlotsHasUndefinedSlotMetricsNotAPerfectScore() {
        EvalReport r = new NluEvaluator(0.5).evaluate(List.of(gold("app", "app", null)),
                List.of(new Prediction("app", "app", List.of(), Double.NaN)));
        assertThat(r.slotF1()).isNaN();
        assertThat(r.flat().get("slot_f1")).isNull();
        assertThat(r.sentenceAccuracy()).isEqualTo(1.0);
    }

    @Test
    void sentenceIsWrongWhenOnlyTheDomainIsWrong() {
        EvalReport r = new NluEvaluator(0.5).evaluate(List.of(gold("music", "play", null)),
                List.of(new Prediction("video", "play", List.of(), Double.NaN)));
        assertThat(r.intentAccuracy()).isEqualTo(1.0);
        assertThat(r.domainAccuracy()).isZero();
        assertThat(r.sentenceAccuracy()).isZero();
    }

    @Test
    void confusionsListTheMostFrequentMistakeFirst() {
        List<NluExample> g = List.of(gold(null, "a", null), gold(null, "a", null), gold(null, "b", null), gold(null, "c", null));
        List<Prediction> p = List.of(new Prediction(null, "b", List.of(), Double.NaN), new Prediction(null, "b", List.of(), Double.NaN),
                new Prediction(null, "c", List.of(), Double.NaN), new Prediction(null, "c", List.of(), Double.NaN));
        EvalReport r = new NluEvaluator(0.5).evaluate(g, p);
        assertThat(r.confusions().get(0)).isEqualTo(new EvalReport.Confusion("a", "b", 2));
        assertThat(r.perIntent().get("a").recall()).isZero();
        assertThat(r.perIntent().get("c").precision()).isEqualTo(0.5);
        assertThat(r.format(5, 5)).contains("a -> b");
    }

    @Test
    void rejectMetricsTreatRejectAsThePositiveClass() {
        List<NluExample> g = List.of(gold(null, "x", true), gold(null, "x", true), gold(null, "x", false), gold(null, "x", false));
        List<Prediction> p = List.of(new Prediction(null, "x", List.of(), 0.9), new Prediction(null, "x", List.of(), 0.2),
                new Prediction(null, "x", List.of(), 0.6), new Prediction(null, "x", List.of(), 0.1));
        EvalReport r = new NluEvaluator(0.5).evaluate(g, p);
        assertThat(r.reject().precision()).isEqualTo(0.5);
        assertThat(r.reject().recall()).isEqualTo(0.5);
        assertThat(r.reject().f1()).isEqualTo(0.5);
        assertThat(r.flat()).containsKeys("n", "intent_accuracy", "slot_f1", "sentence_accuracy", "reject_precision",
                "reject_recall", "reject_f1", "eer");
    }

    @Test
    void equalErrorRateIsZeroForPerfectlySeparatedScoresAndHalfForReversedOnes() {
        boolean[] gold = {true, true, false, false};
        assertThat(RejectMetrics.eer(gold, new double[]{0.9, 0.8, 0.2, 0.1})).isZero();
        assertThat(RejectMetrics.eer(gold, new double[]{0.9, 0.2, 0.6, 0.1})).isCloseTo(0.5, within(1e-9));
        assertThat(RejectMetrics.eer(gold, new double[]{0.1, 0.2, 0.8, 0.9})).isEqualTo(1.0);
        assertThat(RejectMetrics.eer(new boolean[]{true}, new double[]{0.3})).isNaN();
    }
}
