package io.xiaobu.nlu.model;

import java.util.List;

/** Turns texts, entity tags and recogniser signals into the flat id/feature arrays the network reads. */
final class Encoder {

    /**
     * One padded batch: {@code n} rows of {@code len} char, entity-tag and word-boundary ids each (the
     * last {@code null} for a model that does not read word boundaries), plus {@link AsrSignals#FEATURES}
     * floats per row.
     */
    record Batch(int n, int len, long[] chars, long[] tags, long[] words, float[] feats) {

        Batch withChars(long[] other) {
            return new Batch(n, len, other, tags, words, feats);
        }
    }

    private final Vocabulary vocab;
    private final List<String> entityTypes;
    private final int maxLen;
    private final boolean wordBoundaries;

    Encoder(Vocabulary vocab, List<String> entityTypes, ModelConfig config) {
        this.vocab = vocab;
        this.entityTypes = entityTypes;
        this.maxLen = config.maxLen();
        this.wordBoundaries = config.wordBoundaries();
    }

    /** Characters of {@code text} the model reads (at least 1 so that empty input still runs). */
    int length(String text) {
        return Math.max(1, Math.min(maxLen, text.length()));
    }

    Batch encode(List<String> texts, List<String[]> tags, List<AsrSignals> asr) {
        int n = texts.size();
        int len = 1;
        for (String t : texts) len = Math.max(len, length(t));
        long[] c = new long[n * len], g = new long[n * len], w = wordBoundaries ? new long[n * len] : null;
        float[] f = new float[n * AsrSignals.FEATURES];
        for (int r = 0; r < n; r++) {
            String t = texts.get(r);
            String[] tg = tags == null ? null : tags.get(r);
            int l = Math.min(len, t.length());
            if (t.isEmpty()) c[r * len] = Vocabulary.UNK;
            int[] words = wordBoundaries ? WordBoundaries.of(t.substring(0, l)) : null;
            for (int i = 0; i < l; i++) {
                c[r * len + i] = vocab.id(t.charAt(i));
                if (tg != null && i < tg.length && tg[i] != null) g[r * len + i] = entityTypes.indexOf(tg[i]) + 1;
                if (w != null) w[r * len + i] = words[i];
            }
            AsrSignals a = asr == null || asr.get(r) == null ? AsrSignals.NONE : asr.get(r);
            System.arraycopy(a.features(), 0, f, r * AsrSignals.FEATURES, AsrSignals.FEATURES);
        }
        return new Batch(n, len, c, g, w, f);
    }
}
