package io.xiaobu.chat.safety;

import java.util.Arrays;
import java.util.Locale;

/**
 * Hashed character n-gram features (n = 1..maxN over code points of the lower-cased text) for the
 * safety head: each gram maps to one of {@code buckets} weights; every occurrence counts
 * {@code 1/sqrt(grams)} so long and short texts score on one scale.
 */
public final class CharNgrams {

    private final int buckets;
    private final int maxN;

    /** @param buckets a power of two */
    public CharNgrams(int buckets, int maxN) {
        if (buckets <= 0 || Integer.bitCount(buckets) != 1) throw new IllegalArgumentException("buckets must be a power of two");
        if (maxN < 1) throw new IllegalArgumentException("maxN must be at least 1");
        this.buckets = buckets;
        this.maxN = maxN;
    }

    public int buckets() {
        return buckets;
    }

    public int maxN() {
        return maxN;
    }

    /** Bucket index of every gram of {@code text} (repeats kept); empty for empty text. */
    public int[] indices(String text) {
        if (text == null || text.isEmpty()) return new int[0];
        int[] cps = text.toLowerCase(Locale.ROOT).codePoints().filter(c -> !Character.isWhitespace(c)).toArray();
        int count = 0;
        for (int n = 1; n <= maxN; n++) count += Math.max(0, cps.length - n + 1);
        int[] out = new int[count];
        int k = 0;
        for (int n = 1; n <= maxN; n++) {
            for (int i = 0; i + n <= cps.length; i++) {
                int h = n * 0x9E3779B9;
                for (int j = i; j < i + n; j++) h = (h ^ cps[j]) * 0x01000193;
                h ^= h >>> 15;
                h *= 0x2C1B3C6D;
                h ^= h >>> 12;
                out[k++] = h & (buckets - 1);
            }
        }
        return k == out.length ? out : Arrays.copyOf(out, k);
    }

    /** The weight every occurrence gets for a text with {@code grams} grams. */
    public static double scale(int grams) {
        return grams == 0 ? 0 : 1.0 / Math.sqrt(grams);
    }
}
