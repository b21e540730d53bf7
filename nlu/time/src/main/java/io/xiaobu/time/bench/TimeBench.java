package io.xiaobu.time.bench;

import io.xiaobu.time.TimeNormalizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Speed of {@link TimeNormalizer#parse} per utterance over a realistic voice-assistant set (all dimensions).
 * Usage: {@code TimeBench [rounds] [utterance-file]}; default 300 rounds over the bundled 110 utterances,
 * after a 3-second warm-up. Prints median / p90 / p99 / max in microseconds and throughput.
 */
public final class TimeBench {

    private static final String BUNDLED = "/io/xiaobu/time/bench/utterances.txt";
    private static final long WARMUP_NANOS = 3_000_000_000L;

    private TimeBench() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        List<String> utterances = args.length > 1 ? read(Files.newInputStream(Path.of(args[1]))) : read(bundled());
        TimeNormalizer normalizer = new TimeNormalizer();
        ZonedDateTime ref = LocalDateTime.parse("2013-02-12T04:30:00").atZone(ZoneId.of("Asia/Shanghai"));

        long sink = 0;
        long warmEnd = System.nanoTime() + WARMUP_NANOS;
        int warmRounds = 0;
        while (System.nanoTime() < warmEnd) {
            for (String u : utterances) {
                sink += normalizer.parse(u, ref).size();
            }
            warmRounds++;
        }
        System.out.printf("warm-up: %d rounds over %d utterances%n", warmRounds, utterances.size());

        long[] samples = new long[rounds * utterances.size()];
        long[][] perUtterance = new long[utterances.size()][rounds];
        int k = 0;
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < utterances.size(); i++) {
                long t0 = System.nanoTime();
                sink += normalizer.parse(utterances.get(i), ref).size();
                long dt = System.nanoTime() - t0;
                samples[k++] = dt;
                perUtterance[i][r] = dt;
            }
            if ((r + 1) % Math.max(1, rounds / 5) == 0) {
                System.out.printf("  round %d / %d%n", r + 1, rounds);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(samples);
        System.out.printf("utterances=%d rounds=%d samples=%d (sink %d)%n", utterances.size(), rounds, samples.length, sink);
        System.out.printf("per utterance: median %.1f µs, p90 %.1f µs, p99 %.1f µs, max %.1f µs; mean %.1f µs%n",
                pct(samples, 0.50), pct(samples, 0.90), pct(samples, 0.99), samples[samples.length - 1] / 1e3,
                Arrays.stream(samples).average().orElse(0) / 1e3);
        System.out.printf("throughput: %.0f utterances/s on one thread%n", samples.length / seconds);
        Integer[] order = new Integer[utterances.size()];
        double[] medians = new double[utterances.size()];
        for (int i = 0; i < order.length; i++) {
            Arrays.sort(perUtterance[i]);
            medians[i] = pct(perUtterance[i], 0.5);
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(medians[b], medians[a]));
        System.out.println("slowest utterances by their own median:");
        for (int i = 0; i < Math.min(5, order.length); i++) {
            System.out.printf("  %7.1f µs  %s%n", medians[order[i]], utterances.get(order[i]));
        }
    }

    private static double pct(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))] / 1e3;
    }

    private static InputStream bundled() {
        InputStream in = TimeBench.class.getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IllegalStateException("missing resource " + BUNDLED);
        }
        return in;
    }

    private static List<String> read(InputStream in) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
        }
        return out;
    }
}
