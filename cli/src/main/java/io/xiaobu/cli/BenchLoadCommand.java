package io.xiaobu.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives {@code POST /v1/turns} of a running service on loopback with a realistic mix of
 * utterances and prints throughput, latency percentiles per category and per pipeline stage.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load-test a running turn service on loopback: turns/s, p50/p95/p99, per-stage latency.")
public final class BenchLoadCommand implements Callable<Integer> {

    @Option(names = "--url", description = "Base URL of the service (loopback only). Default: ${DEFAULT-VALUE}")
    String url = "http://127.0.0.1:8080";

    @Option(names = "--turns", description = "Measured turns. Default: ${DEFAULT-VALUE}")
    int turns = 20_000;

    @Option(names = "--warmup", description = "Unmeasured turns first. Default: ${DEFAULT-VALUE}")
    int warmup = 3_000;

    @Option(names = "--concurrency", description = "Requests in flight. Default: ${DEFAULT-VALUE}")
    int concurrency = 8;

    @Option(names = "--trace-every", description = "Ask for the debug trace on every Nth turn to measure stages. Default: ${DEFAULT-VALUE}")
    int traceEvery = 20;

    private record Utterance(String category, String text) {
    }

    @Override
    public Integer call() throws Exception {
        URI target = URI.create(url);
        String host = target.getHost();
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("[::1]")) {
            System.err.println("bench: only loopback targets are allowed, not " + host);
            return 2;
        }
        List<Utterance> mix = loadMix();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).executor(Executors.newFixedThreadPool(2)).build();
        ObjectMapper json = new ObjectMapper();
        System.out.printf("bench: %s, %d utterances in the mix, %d warm-up + %d measured turns, %d in flight%n",
                url, mix.size(), warmup, turns, concurrency);
        run(client, json, mix, warmup, null);
        Results results = new Results();
        long start = System.nanoTime();
        run(client, json, mix, turns, results);
        double seconds = (System.nanoTime() - start) / 1e9;
        results.print(turns / seconds, seconds);
        return results.errors.get() == 0 ? 0 : 1;
    }

    private void run(HttpClient client, ObjectMapper json, List<Utterance> mix, int count, Results results)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < concurrency; w++) {
                workers.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        Utterance u = mix.get(i % mix.size());
                        boolean trace = results != null && i % traceEvery == 0;
                        one(client, json, u, "b" + System.nanoTime() + "-" + i, "bench-user-" + (i % 500), trace, results);
                    }
                    return null;
                });
            }
        }
    }

    private void one(HttpClient client, ObjectMapper json, Utterance u, String requestId, String userId,
                     boolean trace, Results results) {
        String body = """
                {"requestId":"%s","userId":"%s","deviceId":"bench","device":{"type":"phone","locale":"zh-CN","capabilities":["screen"]},
                 "asr":{"text":"%s","confidence":0.9}}""".formatted(requestId, userId, u.text());
        HttpRequest req = HttpRequest.newBuilder(URI.create(url + "/v1/turns" + (trace ? "?debug=true" : "")))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> resp = client.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long micros = (System.nanoTime() - t0) / 1_000;
            if (results == null) return;
            if (resp.statusCode() != 200) {
                results.errors.incrementAndGet();
                return;
            }
            results.latency(u.category(), micros);
            if (trace) {
                for (JsonNode stage : json.readTree(resp.body()).path("trace").path("stages")) {
                    results.stage(stage.path("name").asText(), stage.path("micros").asLong());
                }
            }
        } catch (Exception e) {
            if (results != null) results.errors.incrementAndGet();
        }
    }

    private static List<Utterance> loadMix() throws Exception {
        List<Utterance> mix = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                BenchLoadCommand.class.getResourceAsStream("/bench/utterances.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] parts = line.split("\t", 2);
                mix.add(new Utterance(parts[0], parts[1]));
            }
        }
        return mix;
    }

    /** Latencies collected during the measured run. */
    private static final class Results {
        final Map<String, ConcurrentLinkedQueue<Long>> byCategory = new ConcurrentHashMap<>();
        final Map<String, ConcurrentLinkedQueue<Long>> byStage = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<Long> all = new ConcurrentLinkedQueue<>();
        final AtomicLong errors = new AtomicLong();

        void latency(String category, long micros) {
            all.add(micros);
            byCategory.computeIfAbsent(category, k -> new ConcurrentLinkedQueue<>()).add(micros);
        }

        void stage(String name, long micros) {
            byStage.computeIfAbsent(name, k -> new ConcurrentLinkedQueue<>()).add(micros);
        }

        void print(double turnsPerSecond, double seconds) {
            System.out.printf("%nthroughput: %.0f turns/s over %.1f s, errors: %d%n", turnsPerSecond, seconds, errors.get());
            System.out.println("end-to-end latency (ms), client side:");
            row("all", all);
            new TreeMap<>(byCategory).forEach(Results::row);
            System.out.println("server-side stage latency (ms), from sampled debug traces:");
            new TreeMap<>(byStage).forEach(Results::row);
        }

        static void row(String name, ConcurrentLinkedQueue<Long> values) {
            long[] v = values.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(v);
            if (v.length == 0) return;
            System.out.printf("  %-14s n=%-7d p50 %7.3f  p95 %7.3f  p99 %7.3f  max %7.3f%n", name, v.length,
                    pct(v, 50), pct(v, 95), pct(v, 99), v[v.length - 1] / 1000.0);
        }

        static double pct(long[] sorted, double p) {
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1000.0;
        }
    }
}
