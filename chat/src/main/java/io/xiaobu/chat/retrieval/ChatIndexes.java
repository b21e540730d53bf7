package io.xiaobu.chat.retrieval;

import io.xiaobu.chat.corpus.ChatPair;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Properties;
import java.util.function.IntConsumer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Index generations on disk: {@code root/gen-<time>/} holds one complete index with its
 * {@code index.properties} (analyzer, calibration weights); {@code root/CURRENT} names the live one and
 * is replaced atomically after a new generation is complete, so serving replicas never see a partial index.
 */
public final class ChatIndexes {

    static final String CURRENT = "CURRENT";
    static final String META = "index.properties";
    static final int KEEP_GENERATIONS = 3;

    private ChatIndexes() {
    }

    /** Builds, calibrates and publishes a new generation under {@code root}; returns its directory. */
    public static Path buildGeneration(Path root, List<ChatPair> pairs, List<String> foreignQueries,
                                       AnalyzerKind analyzer, int calibrationQueries, IntConsumer progress,
                                       java.util.function.Consumer<CalibrationTrainer.Result> onCalibrated)
            throws IOException {
        Files.createDirectories(root);
        String name = "gen-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
        Path gen = root.resolve(name);
        int docs;
        try (Directory dir = FSDirectory.open(gen)) {
            docs = ChatIndexBuilder.build(pairs, dir, analyzer, progress);
            CalibrationTrainer.Result result;
            try (ChatRetriever prior = new ChatRetriever(dir, analyzer, LogisticModel.prior(), RetrievalConfig.defaults())) {
                result = new CalibrationTrainer(5, 7).train(prior, pairs, foreignQueries, calibrationQueries);
            }
            onCalibrated.accept(result);
            Properties meta = result.model().toProperties();
            meta.setProperty("analyzer", analyzer.name());
            meta.setProperty("docs", Integer.toString(docs));
            meta.setProperty("calibration.ece", Double.toString(result.ece()));
            try (OutputStream out = Files.newOutputStream(gen.resolve(META))) {
                meta.store(out, "xiaobu chat index");
            }
        }
        Path tmp = root.resolve(CURRENT + ".tmp");
        Files.writeString(tmp, name, StandardCharsets.UTF_8);
        Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        prune(root, KEEP_GENERATIONS);
        return gen;
    }

    /**
     * Deletes all but the newest {@code keep} generations. Replicas keep at most the live and one retired
     * generation open ({@link ReloadingRetriever}), so three on disk leave one build of slack.
     */
    static void prune(Path root, int keep) throws IOException {
        List<Path> gens;
        try (java.util.stream.Stream<Path> s = Files.list(root)) {
            gens = s.filter(p -> p.getFileName().toString().startsWith("gen-")).sorted().toList();
        }
        Path live = current(root);
        for (int i = 0; i < gens.size() - keep; i++) {
            if (!gens.get(i).equals(live)) {
                try (java.util.stream.Stream<Path> walk = Files.walk(gens.get(i))) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    /** The generation {@code root/CURRENT} names, or {@code null} when there is none. */
    public static Path current(Path root) throws IOException {
        Path pointer = root.resolve(CURRENT);
        if (!Files.isRegularFile(pointer)) {
            return null;
        }
        return root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).trim());
    }

    /** Opens one generation read-only with the calibration it was built with. */
    public static ChatRetriever open(Path generation, RetrievalConfig config) throws IOException {
        Properties meta = new Properties();
        try (InputStream in = Files.newInputStream(generation.resolve(META))) {
            meta.load(in);
        }
        AnalyzerKind analyzer = AnalyzerKind.valueOf(meta.getProperty("analyzer", "CJK"));
        return new ChatRetriever(FSDirectory.open(generation), analyzer, LogisticModel.fromProperties(meta), config, true);
    }

    /** Builds a calibrated in-memory index (used for the persona answers at start-up). */
    public static ChatRetriever inMemory(List<ChatPair> pairs, AnalyzerKind analyzer, RetrievalConfig config,
                                         int calibrationQueries) throws IOException {
        Directory dir = new ByteBuffersDirectory();
        ChatIndexBuilder.build(pairs, dir, analyzer, n -> { });
        try (ChatRetriever prior = new ChatRetriever(dir, analyzer, LogisticModel.prior(), config)) {
            LogisticModel model = new CalibrationTrainer(5, 7).train(prior, pairs, List.of(), calibrationQueries).model();
            return new ChatRetriever(dir, analyzer, model, config);
        }
    }
}
