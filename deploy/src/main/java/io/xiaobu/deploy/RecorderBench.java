package io.xiaobu.deploy;

import io.xiaobu.events.RecorderConfig;
import io.xiaobu.events.RecorderCounters;
import io.xiaobu.events.TurnEvent;
import io.xiaobu.events.TurnRecorder;
import io.xiaobu.events.TurnRecorderListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Measures the turn recorder as the service uses it: the caller's {@code record()} latency at a paced rate, and how
 * many turns per second reach every sink (JSONL, plus Kafka when {@code --kafka} is given) when offered as fast as
 * possible.
 *
 * <pre>java -cp 'deploy/target/classes:deploy/target/lib/*' io.xiaobu.deploy.RecorderBench
 *      [--events 100000] [--rate 2000] [--kafka 127.0.0.1:9092] [--dir var/bench-events]</pre>
 */
public final class RecorderBench {
    private RecorderBench() {}

    public static void main(String[] args) throws Exception {
        int events = 100_000;
        int rate = 2_000;
        String kafka = null;
        Path dir = Path.of("var", "bench-events");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--events" -> events = Integer.parseInt(args[i + 1]);
                case "--rate" -> rate = Integer.parseInt(args[i + 1]);
                case "--kafka" -> kafka = args[i + 1];
                case "--dir" -> dir = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path run = dir.resolve("run-" + System.currentTimeMillis());
        Files.createDirectories(run);
        RecorderConfig config = RecorderConfig.localDefaults(run).withKafka(kafka, "xiaobu.turns.bench");
        System.out.printf("recorder bench: sinks=%s, events=%d, paced rate=%d/s, dir=%s%n",
                kafka == null ? "jsonl" : "jsonl+kafka(" + kafka + ")", events, rate, run);

        List<TurnEvent> pool = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) pool.add(sample(i));

        try (TurnRecorder recorder = TurnRecorder.open(config, TurnRecorderListener.NONE)) {
            paced(recorder, pool, Math.min(events, rate * 10), rate);
            burst(recorder, pool, events);
        }
    }

    /** record() latency when turns arrive at a steady rate (the service's shape). */
    private static void paced(TurnRecorder recorder, List<TurnEvent> pool, int n, int rate) {
        long[] nanos = new long[n];
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long next = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long wait = next - System.nanoTime();
            if (wait > 0) LockSupport.parkNanos(wait);
            next += interval;
            TurnEvent e = pool.get(i % pool.size());
            long t0 = System.nanoTime();
            recorder.record(e);
            nanos[i] = System.nanoTime() - t0;
            if ((i + 1) % Math.max(1, n / 5) == 0) System.out.printf("  paced: %d/%d%n", i + 1, n);
        }
        Arrays.sort(nanos);
        System.out.printf("paced %d turns at %d/s: record() p50 %.1f us, p99 %.1f us, p99.9 %.1f us, max %.1f us%n", n, rate,
                pct(nanos, 0.50), pct(nanos, 0.99), pct(nanos, 0.999), nanos[n - 1] / 1e3);
    }

    /** Turns per second that reach every sink when offered as fast as one thread can. */
    private static void burst(TurnRecorder recorder, List<TurnEvent> pool, int n) throws InterruptedException {
        RecorderCounters before = recorder.counters();
        long delivered0 = kafkaPending(recorder);
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) recorder.record(pool.get(i % pool.size()));
        long offeredNanos = System.nanoTime() - t0;
        long target = before.published() + before.failed() + n;
        long lastPrint = System.nanoTime();
        while (true) {
            RecorderCounters c = recorder.counters();
            boolean sinksDone = c.published() + c.failed() >= target && kafkaPending(recorder) == 0;
            if (sinksDone) break;
            if (System.nanoTime() - lastPrint > TimeUnit.SECONDS.toNanos(2)) {
                System.out.printf("  burst: %d/%d through the recorder, %d spilled, kafka spool %d%n",
                        c.published() + c.failed() - before.published() - before.failed(), n,
                        c.spilled() - before.spilled(), kafkaPending(recorder));
                lastPrint = System.nanoTime();
            }
            Thread.sleep(5);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        RecorderCounters c = recorder.counters();
        System.out.printf("burst %d turns: offered in %.2f s, all sinks done in %.2f s = %.0f turns/s; spilled %d, failed %d (kafka spool at start %d)%n",
                n, offeredNanos / 1e9, seconds, n / seconds, c.spilled() - before.spilled(), c.failed() - before.failed(), delivered0);
    }

    private static long kafkaPending(TurnRecorder recorder) {
        return recorder.health().stream().filter(h -> h.sink().equals("kafka")).mapToLong(h -> h.pending()).sum();
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e3;
    }

    private static TurnEvent sample(int i) {
        return TurnEvent.builder()
                .requestId("bench-" + i).userId("user-" + (i % 97)).deviceId("dev-" + (i % 97)).sessionId("s-" + (i % 97))
                .receivedAt(Instant.now()).timezone("Asia/Shanghai")
                .device(new TurnEvent.Device("phone", "zh-CN", List.of("screen")))
                .asr(new TurnEvent.Asr("打开微信", 0.95, List.of(), 1200, 20.0, "silence"))
                .normalizedText("打开微信").outcome(TurnEvent.Outcome.ANSWERED).skill("app").intent("app.open")
                .confidence(0.98)
                .slot(new TurnEvent.Slot("app", "微信", "com.tencent.mm", 2, 4, null))
                .hypothesis(new TurnEvent.Hypothesis("app", "app.open", 0.98, "rules", "template 打开{app}"))
                .candidate(new TurnEvent.Candidate("skill", "app", "app.open", 0.97, Map.of("nlu", 0.98), "covering task", true))
                .reply(new TurnEvent.Reply("正在打开微信", "正在打开微信"))
                .directive(new TurnEvent.Directive("app.launch", Map.of("package", "com.tencent.mm")))
                .stage("reject", 30, null).stage("understand", 400, null).totalMicros(900)
                .model("nlu", "bench").build();
    }
}
