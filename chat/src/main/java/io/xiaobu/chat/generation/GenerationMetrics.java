package io.xiaobu.chat.generation;

import io.xiaobu.chat.Texts;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Char-level generation metrics: distinct-n over all replies and corpus BLEU-2 (uniform weights, brevity penalty). */
public final class GenerationMetrics {

    private GenerationMetrics() {
    }

    /** Distinct n-grams ÷ all n-grams over the replies (letters and digits only). */
    public static double distinct(List<String> replies, int n) {
        Set<String> unique = new HashSet<>();
        long total = 0;
        for (String r : replies) {
            String s = Texts.lettersOnly(r);
            int[] cps = s.codePoints().toArray();
            for (int i = 0; i + n <= cps.length; i++) {
                unique.add(new String(cps, i, n));
                total++;
            }
        }
        return total == 0 ? 0 : unique.size() / (double) total;
    }

    /** Corpus BLEU-2 of hypotheses against one reference each (chars; an empty hypothesis counts as length 0). */
    public static double bleu2(List<String> hypotheses, List<String> references) {
        long[] match = new long[2];
        long[] total = new long[2];
        long hypLen = 0;
        long refLen = 0;
        for (int k = 0; k < hypotheses.size(); k++) {
            int[] h = Texts.lettersOnly(hypotheses.get(k)).codePoints().toArray();
            int[] r = Texts.lettersOnly(references.get(k)).codePoints().toArray();
            hypLen += h.length;
            refLen += r.length;
            for (int n = 1; n <= 2; n++) {
                Map<String, Integer> ref = grams(r, n);
                for (Map.Entry<String, Integer> e : grams(h, n).entrySet()) {
                    match[n - 1] += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
                    total[n - 1] += e.getValue();
                }
            }
        }
        if (total[0] == 0 || total[1] == 0 || match[0] == 0 || match[1] == 0) {
            return 0;
        }
        double logP = 0.5 * Math.log(match[0] / (double) total[0]) + 0.5 * Math.log(match[1] / (double) total[1]);
        double bp = hypLen >= refLen ? 1 : Math.exp(1 - refLen / (double) hypLen);
        return bp * Math.exp(logP);
    }

    private static Map<String, Integer> grams(int[] cps, int n) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + n <= cps.length; i++) {
            out.merge(new String(cps, i, n), 1, Integer::sum);
        }
        return out;
    }
}
