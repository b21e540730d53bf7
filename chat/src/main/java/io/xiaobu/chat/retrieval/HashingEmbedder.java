package io.xiaobu.chat.retrieval;

import io.xiaobu.chat.Texts;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A NON-LEARNED baseline embedder: char unigrams and bigrams, weighted by IDF from a fitted corpus and
 * sub-linear term frequency, signed-hashed into {@code dimension} buckets. It measures what dense
 * lexical matching gives before a trained sentence encoder exists; it knows no synonyms.
 */
public final class HashingEmbedder implements Embedder {

    private final int dimension;
    private final Map<String, Float> idf;
    private final float unknownIdf;

    private HashingEmbedder(int dimension, Map<String, Float> idf, float unknownIdf) {
        this.dimension = dimension;
        this.idf = idf;
        this.unknownIdf = unknownIdf;
    }

    /** Learns n-gram IDF from the texts. */
    public static HashingEmbedder fit(List<String> texts, int dimension) {
        Map<String, Integer> df = new HashMap<>();
        for (String t : texts) {
            for (String g : new HashSet<>(grams(t))) {
                df.merge(g, 1, Integer::sum);
            }
        }
        Map<String, Float> idf = new HashMap<>();
        int n = Math.max(1, texts.size());
        df.forEach((g, d) -> idf.put(g, (float) Math.log(1.0 + n / (double) d)));
        return new HashingEmbedder(dimension, idf, (float) Math.log(1.0 + n));
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public float[] embed(String text) {
        float[] v = new float[dimension];
        Map<String, Integer> tf = new HashMap<>();
        for (String g : grams(text)) {
            tf.merge(g, 1, Integer::sum);
        }
        tf.forEach((g, c) -> {
            int h = g.hashCode() * 0x9E3779B1;
            int bucket = Math.floorMod(h, dimension);
            float sign = (h >>> 31) == 0 ? 1f : -1f;
            v[bucket] += sign * (float) (1 + Math.log(c)) * idf.getOrDefault(g, unknownIdf);
        });
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm > 0) {
            float inv = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < v.length; i++) {
                v[i] *= inv;
            }
        }
        return v;
    }

    static List<String> grams(String text) {
        String s = Texts.lettersOnly(text);
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            out.add(new String(cps, i, 1));
            if (i + 1 < cps.length) {
                out.add(new String(cps, i, 2));
            }
        }
        return out;
    }

    Set<String> vocabulary() {
        return idf.keySet();
    }
}
