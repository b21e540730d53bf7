package io.xiaobu.nlu.eval;

import io.xiaobu.nlu.Slot;
import io.xiaobu.nlu.data.NluExample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores predictions against gold examples. Slots match on name + exact span (micro-averaged);
 * a sentence is right when the intent, the domain (where the data has one) and every slot are right.
 */
public final class NluEvaluator {

    private final double rejectThreshold;

    /** @param rejectThreshold reject probability at or above which a turn counts as rejected */
    public NluEvaluator(double rejectThreshold) {
        this.rejectThreshold = rejectThreshold;
    }

    public EvalReport evaluate(List<NluExample> gold, List<Prediction> predicted) {
        if (gold.size() != predicted.size()) throw new IllegalArgumentException("gold and predictions differ in size");
        int n = gold.size(), intentOk = 0, sentenceOk = 0, domainN = 0, domainOk = 0, tp = 0, goldSlots = 0, predSlots = 0;
        Map<String, int[]> counts = new TreeMap<>(); // intent -> {gold, predicted, correct}
        Map<String, Integer> confusion = new HashMap<>();
        List<Boolean> rejectGold = new ArrayList<>();
        List<Double> rejectScore = new ArrayList<>();
        double[] confidence = new double[n];
        boolean[] intentCorrect = new boolean[n];
        boolean anyConfidence = false;
        for (int i = 0; i < n; i++) {
            NluExample g = gold.get(i);
            Prediction p = predicted.get(i);
            boolean intentRight = Objects.equals(g.intent(), p.intent());
            if (intentRight) intentOk++;
            confidence[i] = p.intentConfidence();
            intentCorrect[i] = intentRight;
            anyConfidence |= !Double.isNaN(p.intentConfidence());
            counts.computeIfAbsent(String.valueOf(g.intent()), k -> new int[3])[0]++;
            counts.computeIfAbsent(String.valueOf(p.intent()), k -> new int[3])[1]++;
            if (intentRight) counts.get(String.valueOf(g.intent()))[2]++;
            else confusion.merge(g.intent() + "\u0000" + p.intent(), 1, Integer::sum);
            boolean domainRight = true;
            if (g.domain() != null) {
                domainN++;
                domainRight = g.domain().equals(p.domain());
                if (domainRight) domainOk++;
            }
            Set<String> gs = keys(g.slots()), ps = keys(p.slots());
            goldSlots += gs.size();
            predSlots += ps.size();
            int hit = 0;
            for (String k : ps) if (gs.contains(k)) hit++;
            tp += hit;
            if (intentRight && domainRight && gs.equals(ps)) sentenceOk++;
            if (g.reject() != null && !Double.isNaN(p.rejectProb())) {
                rejectGold.add(g.reject());
                rejectScore.add(p.rejectProb());
            }
        }
        // data without slots (and no slot predicted): slot metrics are undefined, not a perfect 1.0
        boolean noSlots = goldSlots == 0 && predSlots == 0;
        double sp = noSlots ? Double.NaN : predSlots == 0 ? 0 : (double) tp / predSlots;
        double sr = noSlots ? Double.NaN : goldSlots == 0 ? 0 : (double) tp / goldSlots;
        double f1 = noSlots ? Double.NaN : sp + sr == 0 ? 0 : 2 * sp * sr / (sp + sr);
        Map<String, EvalReport.IntentStats> per = new TreeMap<>();
        counts.forEach((k, c) -> {
            if (c[0] == 0) return;
            double p = c[1] == 0 ? 0 : (double) c[2] / c[1], r = (double) c[2] / c[0];
            per.put(k, new EvalReport.IntentStats(c[0], p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)));
        });
        List<EvalReport.Confusion> conf = confusion.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .map(e -> {
                    String[] parts = e.getKey().split("\u0000", 2);
                    return new EvalReport.Confusion(parts[0], parts[1], e.getValue());
                }).toList();
        RejectMetrics reject = null;
        if (!rejectGold.isEmpty()) {
            boolean[] rg = new boolean[rejectGold.size()];
            double[] rs = new double[rg.length];
            for (int i = 0; i < rg.length; i++) {
                rg[i] = rejectGold.get(i);
                rs[i] = rejectScore.get(i);
            }
            reject = RejectMetrics.compute(rg, rs, rejectThreshold);
        }
        return new EvalReport(n, n == 0 ? 0 : (double) intentOk / n, sp, sr, f1, n == 0 ? 0 : (double) sentenceOk / n,
                domainN == 0 ? Double.NaN : (double) domainOk / domainN, per, conf, reject,
                anyConfidence ? Reliability.of(confidence, intentCorrect, EvalReport.RELIABILITY_BINS) : null);
    }

    private static Set<String> keys(List<Slot> slots) {
        Set<String> s = new HashSet<>();
        for (Slot x : slots) s.add(x.name() + "\u0000" + x.start() + "\u0000" + x.end());
        return s;
    }
}
