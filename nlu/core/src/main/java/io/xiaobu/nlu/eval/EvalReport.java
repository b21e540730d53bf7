package io.xiaobu.nlu.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result of scoring predictions against gold labels.
 *
 * @param domainAccuracy NaN when the data has no domains
 * @param reject         reject metrics, or {@code null} when the data has no reject labels
 * @param intentReliability how the predictions' intent confidences match their accuracy, or {@code null}
 *                          when the predictions carry no confidence
 */
public record EvalReport(int n, double intentAccuracy, double slotPrecision, double slotRecall, double slotF1,
                         double sentenceAccuracy, double domainAccuracy, Map<String, IntentStats> perIntent,
                         List<Confusion> confusions, RejectMetrics reject, Reliability intentReliability) {

    /** Confidence bins of the reliability table and of {@code intent_ece}. */
    public static final int RELIABILITY_BINS = 10;

    /** Per-intent counts: gold support, precision, recall, F1. */
    public record IntentStats(int support, double precision, double recall, double f1) {
    }

    /** A gold intent predicted as another, {@code count} times. */
    public record Confusion(String gold, String predicted, int count) {
    }

    /** The flat JSON object of the {@code eval nlu --json} contract (metric name → number). */
    public Map<String, Object> flat() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", n);
        m.put("intent_accuracy", round(intentAccuracy));
        m.put("slot_precision", round(slotPrecision));
        m.put("slot_recall", round(slotRecall));
        m.put("slot_f1", round(slotF1));
        m.put("sentence_accuracy", round(sentenceAccuracy));
        if (!Double.isNaN(domainAccuracy)) m.put("domain_accuracy", round(domainAccuracy));
        if (reject != null) {
            m.put("reject_precision", round(reject.precision()));
            m.put("reject_recall", round(reject.recall()));
            m.put("reject_f1", round(reject.f1()));
            m.put("eer", round(reject.eer()));
        }
        if (intentReliability != null) m.put("intent_ece", round(intentReliability.ece()));
        return m;
    }

    /** A human-readable report: overall, per intent (largest first), top confusions. */
    public String format(int maxIntents, int maxConfusions) {
        StringBuilder sb = new StringBuilder();
        flat().forEach((k, v) -> sb.append(String.format(Locale.ROOT, "%-20s %s%n", k, v)));
        sb.append(String.format(Locale.ROOT, "%nper intent (top %d by support)%n%-40s %7s %6s %6s %6s%n", maxIntents, "intent", "n", "P", "R", "F1"));
        perIntent.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue().support(), a.getValue().support()))
                .limit(maxIntents)
                .forEach(e -> sb.append(String.format(Locale.ROOT, "%-40s %7d %6.3f %6.3f %6.3f%n", e.getKey(),
                        e.getValue().support(), e.getValue().precision(), e.getValue().recall(), e.getValue().f1())));
        sb.append(String.format(Locale.ROOT, "%ntop confusions (gold -> predicted)%n"));
        confusions.stream().limit(maxConfusions).forEach(c ->
                sb.append(String.format(Locale.ROOT, "%5d  %s -> %s%n", c.count(), c.gold(), c.predicted())));
        if (intentReliability != null) {
            sb.append(String.format(Locale.ROOT, "%nintent confidence vs accuracy (reliability)%n")).append(intentReliability.format());
        }
        return sb.toString();
    }

    /** Rounded to 4 decimals; undefined metrics (NaN) become JSON {@code null}. */
    private static Double round(double v) {
        return Double.isNaN(v) ? null : Math.round(v * 10_000d) / 10_000d;
    }
}
