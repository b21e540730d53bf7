package io.xiaobu.kg.eval;

import java.util.Arrays;

/** Latency percentiles of one run, in milliseconds. */
public final class Percentiles {

    private Percentiles() {}

    /** {@code p} in [0, 100] of the given nanosecond samples, in ms. */
    public static double ms(long[] nanos, double p) {
        if (nanos.length == 0) return 0;
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
