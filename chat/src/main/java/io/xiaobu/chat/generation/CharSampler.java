package io.xiaobu.chat.generation;

import java.util.Arrays;
import java.util.Random;
import java.util.Set;

/** Picks the next token from one row of logits: penalties, temperature, top-k, nucleus. */
final class CharSampler {

    private CharSampler() {
    }

    /** Log-probability of {@code token} under the raw logits (temperature 1, no penalty). */
    static double logProb(float[] logits, int offset, int v, int token) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < v; i++) {
            max = Math.max(max, logits[offset + i]);
        }
        double sum = 0;
        for (int i = 0; i < v; i++) {
            sum += Math.exp(logits[offset + i] - max);
        }
        return logits[offset + token] - max - Math.log(sum);
    }

    static int sample(float[] logits, int offset, int v, Sampling s, Set<Integer> used, boolean allowEnd, Random random) {
        double[] z = new double[v];
        for (int i = 0; i < v; i++) {
            double l = logits[offset + i];
            if (used.contains(i) && s.repetitionPenalty() > 1) {
                l = l > 0 ? l / s.repetitionPenalty() : l * s.repetitionPenalty();
            }
            boolean banned = i == GenVocab.PAD || i == GenVocab.UNK || i == GenVocab.CLS || i == GenVocab.TURN
                    || (i == GenVocab.SEP && !allowEnd);
            z[i] = banned ? Double.NEGATIVE_INFINITY : l / Math.max(1e-3, s.temperature());
        }
        Integer[] order = new Integer[v];
        for (int i = 0; i < v; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(z[b], z[a]));
        int k = s.topK() > 0 ? Math.min(s.topK(), v) : v;
        double max = z[order[0]];
        double[] p = new double[k];
        double total = 0;
        for (int i = 0; i < k; i++) {
            p[i] = Math.exp(z[order[i]] - max);
            total += p[i];
        }
        double kept = 0;
        int n = 0;
        while (n < k && (n == 0 || kept / total < s.topP())) {
            kept += p[n++];
        }
        double r = random.nextDouble() * kept;
        for (int i = 0; i < n; i++) {
            r -= p[i];
            if (r <= 0) {
                return order[i];
            }
        }
        return order[n - 1];
    }
}
