package io.xiaobu.nlu.data;

import io.xiaobu.nlu.model.AsrSignals;

import java.util.SplittableRandom;

/**
 * Derives recogniser signals that a dataset lacks from the real differences between the ASR 1-best and
 * the manual transcript. This is a simulation, stated as such in every model card that uses it:
 * <ul>
 *   <li>confidence = 1 − CER(asr, transcript) + N(0, noise), clipped to [0, 1];</li>
 *   <li>n-best agreement = 1 − 0.8·CER + N(0, noise), clipped (no real n-best exists);</li>
 *   <li>audio seconds = 0.5 + 0.25·|asr| + N(0, 0.3) — from the ASR text only, so it carries no label;</li>
 *   <li>SNR: absent (nothing in the data supports it).</li>
 * </ul>
 * CER is edit distance over max(|ref|, |hyp|), so a turn with no real speech has CER 1.
 * The noise is seeded by the utterance id, so reading the same file twice gives the same signals.
 */
public final class RecogniserSignalSimulator {

    private final double noise;
    private final long seed;

    public RecogniserSignalSimulator(double noise, long seed) {
        this.noise = noise;
        this.seed = seed;
    }

    public AsrSignals simulate(String id, String transcript, String asr) {
        SplittableRandom rnd = new SplittableRandom(seed ^ id.hashCode() * 0x9E3779B97F4A7C15L);
        double cer = cer(transcript, asr);
        float conf = clip(1 - cer + gauss(rnd) * noise);
        float nbest = clip(1 - 0.8 * cer + gauss(rnd) * noise);
        float seconds = (float) Math.max(0.2, 0.5 + 0.25 * asr.length() + gauss(rnd) * 0.3);
        return new AsrSignals(conf, nbest, seconds, Float.NaN);
    }

    static double cer(String ref, String hyp) {
        int n = ref.length(), m = hyp.length();
        if (n == 0 && m == 0) return 0;
        int[] prev = new int[m + 1], cur = new int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = j;
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            for (int j = 1; j <= m; j++) {
                int sub = prev[j - 1] + (ref.charAt(i - 1) == hyp.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return (double) prev[m] / Math.max(n, m);
    }

    private static double gauss(SplittableRandom r) {
        double u = Math.max(1e-12, r.nextDouble()), v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static float clip(double v) {
        return (float) Math.max(0, Math.min(1, v));
    }
}
