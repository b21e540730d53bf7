package io.xiaobu.nlu.model;

/**
 * What the recogniser knows about an utterance. Absent signals are {@link Float#NaN}.
 *
 * @param confidence     ASR confidence in [0, 1]
 * @param nbestAgreement agreement between the n-best hypotheses in [0, 1]
 * @param audioSeconds   audio length in seconds
 * @param snrDb          signal-to-noise ratio in dB
 */
public record AsrSignals(float confidence, float nbestAgreement, float audioSeconds, float snrDb) {

    /** No recogniser information. */
    public static final AsrSignals NONE = new AsrSignals(Float.NaN, Float.NaN, Float.NaN, Float.NaN);

    /** Number of floats produced by {@link #features()}. */
    public static final int FEATURES = 8;

    /** Scaled features plus one presence flag per signal; absent signals become 0 with flag 0. */
    public float[] features() {
        float[] f = new float[FEATURES];
        put(f, 0, confidence, 1f);
        put(f, 1, nbestAgreement, 1f);
        put(f, 2, Math.min(audioSeconds, 30f), 10f);
        put(f, 3, snrDb, 30f);
        return f;
    }

    private static void put(float[] f, int i, float v, float scale) {
        if (!Float.isNaN(v) && !Float.isInfinite(v)) {
            f[i] = v / scale;
            f[i + 4] = 1f;
        }
    }
}
