package io.xiaobu.nlu.model;

import io.xiaobu.nlu.Slot;

import java.util.ArrayList;
import java.util.List;

/**
 * Constrained BIO decoding: the tag sequence with the highest total log-probability among the valid
 * ones, where {@code I-x} may only follow {@code B-x} or {@code I-x}. A Viterbi pass over the per-char
 * tag distributions, O(chars × tags): the best predecessor of {@code O} and {@code B-x} is the best tag
 * overall, that of {@code I-x} the better of {@code B-x} and {@code I-x}.
 */
public final class BioViterbi {

    private static final double FLOOR = 1e-12;

    private BioViterbi() {
    }

    /** @param probs per char, a distribution over {@code tags} (index-aligned; {@code tags} hold O, B-x, I-x) */
    public static List<Slot> decode(String text, double[][] probs, List<String> tags) {
        return decode(text, probs, tags, null);
    }

    /**
     * Same, restricted to the tags marked in {@code allowed} ({@code null} = all; {@code O} is always
     * allowed): the best valid sequence that uses only slot names the caller accepts, e.g. those the
     * recognised intent takes.
     */
    public static List<Slot> decode(String text, double[][] probs, List<String> tags, boolean[] allowed) {
        int n = Math.min(text.length(), probs.length);
        if (n == 0) return List.of();
        int t = tags.size();
        int[] opener = openers(tags);
        double[][] score = new double[n][t];
        int[][] back = new int[n][t];
        for (int k = 0; k < t; k++) score[0][k] = opener[k] == -2 && ok(allowed, tags, k) ? Math.log(Math.max(FLOOR, probs[0][k])) : Double.NEGATIVE_INFINITY;
        for (int i = 1; i < n; i++) {
            int best = 0;
            for (int k = 1; k < t; k++) if (score[i - 1][k] > score[i - 1][best]) best = k;
            for (int k = 0; k < t; k++) {
                double emit = ok(allowed, tags, k) ? Math.log(Math.max(FLOOR, probs[i][k])) : Double.NEGATIVE_INFINITY;
                int from = best;
                if (opener[k] != -2) {
                    int b = opener[k];
                    from = b >= 0 && score[i - 1][b] > score[i - 1][k] ? b : k;
                }
                score[i][k] = score[i - 1][from] + emit;
                back[i][k] = from;
            }
        }
        int last = 0;
        for (int k = 1; k < t; k++) if (score[n - 1][k] > score[n - 1][last]) last = k;
        return BioCodec.decode(text, backtrace(tags, back, last, n));
    }

    /**
     * Same, with {@code transitions[a][b]} added for every step from tag {@code a} to tag {@code b} (row
     * {@code tags.size()}: the start of the text), e.g. {@link SlotTransitions#scores()}; {@code null} = none.
     * O(chars × allowed tags²).
     */
    public static List<Slot> decode(String text, double[][] probs, List<String> tags, boolean[] allowed, double[][] transitions) {
        if (transitions == null) return decode(text, probs, tags, allowed);
        int n = Math.min(text.length(), probs.length);
        if (n == 0) return List.of();
        int t = tags.size();
        int[] use = java.util.stream.IntStream.range(0, t).filter(k -> ok(allowed, tags, k)).toArray();
        int[] opener = openers(tags);
        double[][] score = new double[n][t];
        int[][] back = new int[n][t];
        for (double[] row : score) java.util.Arrays.fill(row, Double.NEGATIVE_INFINITY);
        for (int k : use) if (opener[k] == -2) score[0][k] = Math.log(Math.max(FLOOR, probs[0][k])) + transitions[t][k];
        for (int i = 1; i < n; i++) {
            for (int k : use) {
                double emit = Math.log(Math.max(FLOOR, probs[i][k]));
                double best = Double.NEGATIVE_INFINITY;
                int from = -1;
                for (int a : use) {
                    if (opener[k] != -2 && a != k && a != opener[k]) continue; // I-x only after B-x or I-x
                    double v = score[i - 1][a] + transitions[a][k];
                    if (v > best) {
                        best = v;
                        from = a;
                    }
                }
                if (from < 0) continue;
                score[i][k] = best + emit;
                back[i][k] = from;
            }
        }
        int last = use[0];
        for (int k : use) if (score[n - 1][k] > score[n - 1][last]) last = k;
        return BioCodec.decode(text, backtrace(tags, back, last, n));
    }

    /** For each tag: for I-x the index of B-x (or −1 when there is none), for O and B-x −2. */
    private static int[] openers(List<String> tags) {
        int[] opener = new int[tags.size()];
        for (int k = 0; k < opener.length; k++) {
            String tag = tags.get(k);
            opener[k] = tag.startsWith("I-") ? tags.indexOf("B-" + tag.substring(2)) : -2;
        }
        return opener;
    }

    /** The tag sequence that ends in {@code last} at char {@code n − 1}, following the back pointers. */
    private static String[] backtrace(List<String> tags, int[][] back, int last, int n) {
        String[] path = new String[n];
        for (int i = n - 1; i >= 0; i--) {
            path[i] = tags.get(last);
            last = back[i][last];
        }
        return path;
    }

    private static boolean ok(boolean[] allowed, List<String> tags, int k) {
        return allowed == null || allowed[k] || "O".equals(tags.get(k));
    }
}
