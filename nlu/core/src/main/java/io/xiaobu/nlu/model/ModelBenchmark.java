package io.xiaobu.nlu.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures the model on this machine: warm single-thread latency (wall and thread CPU time) of one
 * utterance (backbone + all heads), and, in the same run, the CPU cost of one shared backbone pass
 * against N separately loaded models of the same size each doing its own pass (what N single-task
 * models would cost).
 */
public final class ModelBenchmark {

    /** Latency percentiles in milliseconds. */
    public record Latency(int samples, double p50, double p90, double p99, double mean) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "n=%d p50=%.3f ms p90=%.3f ms p99=%.3f ms mean=%.3f ms", samples, p50, p90, p99, mean);
        }
    }

    /** Shared-backbone result: one pass for all heads vs N separate models. */
    public record SharedVsSeparate(int heads, Latency shared, Latency separate, double saving) {
    }

    private ModelBenchmark() {
    }

    /** Wall-clock latency of {@link NluModel#predict(String)} on the calling thread. */
    public static Latency latency(NluModel model, String text, int warmup, int iterations) {
        return measure(model, text, warmup, iterations, false);
    }

    /**
     * CPU time the calling thread spends per request. With one PyTorch intra-op thread the kernels run on
     * the calling thread, so this is the compute cost without the time spent waiting for a core on a
     * shared machine.
     */
    public static Latency cpuTime(NluModel model, String text, int warmup, int iterations) {
        return measure(model, text, warmup, iterations, true);
    }

    private static Latency measure(NluModel model, String text, int warmup, int iterations, boolean cpu) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmup; i++) model.predict(text);
        double[] ms = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long t = cpu ? mx.getCurrentThreadCpuTime() : System.nanoTime();
            model.predict(text);
            ms[i] = ((cpu ? mx.getCurrentThreadCpuTime() : System.nanoTime()) - t) / 1e6;
        }
        return stats(ms);
    }

    /** Loads {@code heads} independent copies of the model in {@code dir} and times them against one shared pass, interleaved. */
    public static SharedVsSeparate sharedVsSeparate(Path dir, NluModel shared, int heads, String text, int warmup, int iterations)
            throws IOException {
        List<NluModel> separate = new ArrayList<>();
        try {
            for (int i = 0; i < heads; i++) separate.add(NluModel.load(dir));
            for (int i = 0; i < warmup; i++) {
                shared.predict(text);
                for (NluModel m : separate) m.predict(text);
            }
            // thread CPU time: the compute each variant needs, not the wait for a core on a shared machine
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            double[] a = new double[iterations], b = new double[iterations];
            for (int i = 0; i < iterations; i++) {
                long t = mx.getCurrentThreadCpuTime();
                shared.predict(text);
                a[i] = (mx.getCurrentThreadCpuTime() - t) / 1e6;
                t = mx.getCurrentThreadCpuTime();
                for (NluModel m : separate) m.predict(text);
                b[i] = (mx.getCurrentThreadCpuTime() - t) / 1e6;
            }
            Latency sa = stats(a), sb = stats(b);
            return new SharedVsSeparate(heads, sa, sb, 1 - sa.p50() / sb.p50());
        } finally {
            separate.forEach(NluModel::close);
        }
    }

    static Latency stats(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return new Latency(s.length, pct(s, 0.50), pct(s, 0.90), pct(s, 0.99), Arrays.stream(s).average().orElse(0));
    }

    private static double pct(double[] sorted, double q) {
        if (sorted.length == 0) return Double.NaN;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
