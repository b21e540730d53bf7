package io.xiaobu.chat.generation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A few chat pairs and a tiny generator trained on them for a few seconds: the fixture of the generation tests. */
final class TinyGenerator {

    static final GeneratorSettings SETTINGS = new GeneratorSettings(200, 32, 2, 2, 32, 12, 12);

    static final List<GenExample> PAIRS = List.of(
            new GenExample(List.of("你好"), "你好呀，很高兴见到你", "test"),
            new GenExample(List.of("早上好"), "早上好，今天也要加油", "test"),
            new GenExample(List.of("晚安"), "晚安，做个好梦", "test"),
            new GenExample(List.of("今天好累", "怎么了"), "加班到很晚", "test"),
            new GenExample(List.of("你喜欢吃什么"), "我喜欢吃火锅", "test"),
            new GenExample(List.of("周末去哪玩"), "去公园散步吧", "test"));

    private static Path trained;
    private static double[] trainedLoss;

    private TinyGenerator() {
    }

    /** One model trained per test JVM (15 epochs), shared by the test classes; its loss before and after in {@link #trainedLoss()}. */
    static synchronized Path trained() throws IOException {
        if (trained == null) {
            Path dir = java.nio.file.Files.createTempDirectory("tiny-generator");
            trainedLoss = trainInto(dir, 15);
            trained = dir;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (var files = java.nio.file.Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                } catch (IOException ignored) {
                    // a temp dir left behind is harmless
                }
            }));
        }
        return trained;
    }

    static synchronized double[] trainedLoss() throws IOException {
        trained();
        return trainedLoss;
    }

    static GenVocab vocab() {
        List<String> texts = new ArrayList<>();
        for (GenExample e : PAIRS) {
            texts.add(e.reply());
            texts.addAll(e.context());
            texts.add(e.reply()); // seen twice: every char enters the vocabulary
            texts.addAll(e.context());
        }
        return GenVocab.fit(texts, SETTINGS.maxChars());
    }

    static GeneratorTraining.Schedule schedule(int epochs) {
        return new GeneratorTraining.Schedule(epochs, 3, 0.01f, 5, 42L);
    }

    /** Trains for {@code epochs} over the pairs and saves into {@code dir}; returns the mean loss before and after. */
    static double[] trainInto(Path dir, int epochs) throws IOException {
        try (GeneratorTraining run = GeneratorTraining.start(SETTINGS, vocab(), null, schedule(epochs), PAIRS.size())) {
            double before = mean(run.replyLoss(PAIRS));
            run.train(PAIRS, 1000, line -> { });
            double after = mean(run.replyLoss(PAIRS));
            run.save(dir);
            return new double[] {before, after};
        }
    }

    static double mean(double[] xs) {
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        return s / xs.length;
    }
}
