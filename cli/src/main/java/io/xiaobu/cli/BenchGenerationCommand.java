package io.xiaobu.cli;

import io.xiaobu.chat.corpus.ChatPair;
import io.xiaobu.chat.generation.GeneratedSample;
import io.xiaobu.chat.generation.GenerationData;
import io.xiaobu.chat.generation.GeneratorModel;
import io.xiaobu.chat.generation.Sampling;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code xiaobu bench generation}: first-token latency (context encoded, first char sampled) and decoding speed
 * of the generator, one prompt at a time on the calling thread, after a warm-up. Prompts are the posts of the
 * held-out LCCC lines. Decoding speed counts steps per second of one stream; with {@code --samples N} every step
 * yields N chars (reported as aggregate chars/s too).
 */
@Command(name = "generation", mixinStandardHelpOptions = true, description = "Generator first-token latency and tokens/s.")
public final class BenchGenerationCommand implements Callable<Integer> {

    @Option(names = "--data", description = "data dir or its chat/ folder")
    Path data;

    @Option(names = "--model", defaultValue = "models/chat/generator")
    Path model;

    @Option(names = "--prompts", defaultValue = "200")
    int prompts;

    @Option(names = "--warmup", defaultValue = "30")
    int warmup;

    @Option(names = "--samples", defaultValue = "1", description = "streams decoded together (1-vs-N uses 6)")
    int samples;

    @Override
    public Integer call() throws Exception {
        Path file = ChatDataOption.chatDir(data).resolve("lccc-toy").resolve(GenerationData.LCCC_PAIRS);
        List<String> posts = Files.isRegularFile(file)
                ? GenerationData.lastPart(file, 500).stream().map(ChatPair::post).toList()
                : List.of("你好", "今天天气真好", "你喜欢什么电影", "我有点累了", "周末去哪玩");
        double[] first = new double[prompts];
        double[] rate = new double[prompts];
        long chars = 0;
        double seconds = 0;
        Random random = new Random(5);
        try (GeneratorModel m = GeneratorModel.load(model)) {
            for (int i = -warmup; i < prompts; i++) {
                String post = posts.get(Math.floorMod(i, posts.size()));
                long t0 = System.nanoTime();
                long[] firstAt = {0};
                int[] steps = {0};
                List<GeneratedSample> out = m.sample(List.of(post), samples, Sampling.first(), random, step -> {
                    if (step == 0) {
                        firstAt[0] = System.nanoTime();
                    }
                    steps[0] = step + 1;
                });
                long t1 = System.nanoTime();
                if (i >= 0) {
                    first[i] = (firstAt[0] - t0) / 1e6;
                    rate[i] = steps[0] > 1 ? (steps[0] - 1) / ((t1 - firstAt[0]) / 1e9) : Double.NaN;
                    chars += out.stream().mapToInt(GeneratedSample::chars).sum();
                    seconds += (t1 - t0) / 1e9;
                }
            }
        }
        Arrays.sort(first);
        double[] r = Arrays.stream(rate).filter(x -> !Double.isNaN(x)).sorted().toArray();
        System.out.printf(Locale.ROOT, "prompts %d (warm-up %d), samples per step %d, threads: torch %s%n", prompts, warmup,
                samples, System.getProperty("ai.djl.pytorch.num_threads", "default"));
        System.out.printf(Locale.ROOT, "first token ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", pct(first, 50), pct(first, 90),
                pct(first, 99), first[first.length - 1]);
        System.out.printf(Locale.ROOT, "decode steps/s per stream (tokens/s): p50 %.0f  p1 (slowest) %.0f  p10 %.0f%n",
                pct(r, 50), pct(r, 1), pct(r, 10));
        System.out.printf(Locale.ROOT, "aggregate generated chars/s over all streams: %.0f%n", chars / seconds);
        double[] call = new double[prompts];
        int rounds = 0;
        io.xiaobu.chat.safety.SafetyChecker safety = new io.xiaobu.chat.safety.SafetyChecker(
                io.xiaobu.chat.safety.SafetyLexicon.load(io.xiaobu.chat.DataDir.find("safety").orElse(null)));
        try (io.xiaobu.chat.generation.ChatGenerator g = io.xiaobu.chat.generation.ChatGenerator.load(model, safety,
                io.xiaobu.chat.generation.GenerationConfig.defaults())) {
            for (int i = -warmup; i < prompts; i++) {
                long t0 = System.nanoTime();
                var o = g.generate(posts.get(Math.floorMod(i, posts.size())), List.of(), random);
                if (i >= 0) {
                    call[i] = (System.nanoTime() - t0) / 1e6;
                    rounds += o.rounds();
                }
            }
        }
        Arrays.sort(call);
        System.out.printf(Locale.ROOT, "full 1-vs-%d call (sample, context gain, evaluate, retry if needed) ms: p50 %.1f  p90 %.1f  p99 %.1f; mean rounds %.2f%n",
                io.xiaobu.chat.generation.GenerationConfig.defaults().samples(), pct(call, 50), pct(call, 90), pct(call, 99),
                rounds / (double) prompts);
        return 0;
    }

    private static double pct(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1 < 0 ? 0
                : (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }
}
