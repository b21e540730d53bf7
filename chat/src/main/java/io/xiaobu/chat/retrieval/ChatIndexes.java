package io.xiaobu.chat.retrieval;

import io.xiaobu.chat.corpus.ChatPair;
import io.xiaobu.chat.matching.MatchingEncoder;
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
import java.util.function.BiConsumer;
import java.util.function.Consumer;
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

    /** Builds, calibrates and publishes a new BM25-only generation under {@code root}; returns its directory. */
    public static Path buildGeneration(Path root, List<ChatPair> pairs, List<String> foreignQueries,
                                       AnalyzerKind analyzer, int calibrationQueries, IntConsumer progress,
                                       Consumer<CalibrationTrainer.Result> onCalibrated) throws IOException {
        return buildGeneration(root, pairs, foreignQueries, analyzer, null, calibrationQueries, progress,
                (mode, r) -> onCalibrated.accept(r));
    }

    /**
     * Builds, calibrates and publishes a new generation. With a {@code matcher} the documents also get HNSW
     * vectors and the reranker is calibrated twice on the same generated queries, BM25-only and hybrid
     * (BM25 ∪ KNN, cosine features); the generation serves hybrid only when that does not lower the
     * held-out paraphrase top-1 ({@code index.properties}: {@code hybrid=true|false}, both results kept).
     * {@code onCalibrated} gets ("bm25" | "hybrid", result).
     */
    public static Path buildGeneration(Path root, List<ChatPair> pairs, List<String> foreignQueries,
                                       AnalyzerKind analyzer, MatchingEncoder matcher, int calibrationQueries,
                                       IntConsumer progress, BiConsumer<String, CalibrationTrainer.Result> onCalibrated)
            throws IOException {
        Files.createDirectories(root);
        String name = "gen-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
        Path gen = root.resolve(name);
        try (Directory dir = FSDirectory.open(gen)) {
            int docs = ChatIndexBuilder.build(pairs, dir, analyzer, matcher, progress);
            CalibrationTrainer.Result lexical = calibrate(dir, analyzer, null, pairs, foreignQueries, calibrationQueries);
            onCalibrated.accept("bm25", lexical);
            CalibrationTrainer.Result chosen = lexical;
            Properties meta = new Properties();
            if (matcher != null) {
                CalibrationTrainer.Result hybrid = calibrate(dir, analyzer, matcher, pairs, foreignQueries, calibrationQueries);
                onCalibrated.accept("hybrid", hybrid);
                boolean useHybrid = hybrid.heldOutTop1() >= lexical.heldOutTop1();
                chosen = useHybrid ? hybrid : lexical;
                meta.setProperty("hybrid", Boolean.toString(useHybrid));
                meta.setProperty("matching", matcher.name());
                meta.setProperty("matching.dim", Integer.toString(matcher.dimension()));
                meta.setProperty("calibration.bm25", summary(lexical));
                meta.setProperty("calibration.hybrid", summary(hybrid));
            } else {
                meta.setProperty("hybrid", "false");
            }
            meta.putAll(chosen.model().toProperties());
            meta.setProperty("analyzer", analyzer.name());
            meta.setProperty("docs", Integer.toString(docs));
            meta.setProperty("calibration.ece", Double.toString(chosen.ece()));
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

    /** Whether a generation was calibrated to serve hybrid. */
    public static boolean isHybrid(Path generation) throws IOException {
        Properties meta = new Properties();
        try (InputStream in = Files.newInputStream(generation.resolve(META))) {
            meta.load(in);
        }
        return Boolean.parseBoolean(meta.getProperty("hybrid", "false"));
    }

    /** Opens one generation read-only, BM25 candidates only, with the calibration it was built with. */
    public static ChatRetriever open(Path generation, RetrievalConfig config) throws IOException {
        return open(generation, config, null);
    }

    /**
     * Opens one generation read-only with the calibration it was built with; hybrid (BM25 ∪ KNN) when the
     * generation was calibrated hybrid and {@code matcher} is given, else BM25 only (see {@link ChatRetriever#hybrid()}).
     */
    public static ChatRetriever open(Path generation, RetrievalConfig config, MatchingEncoder matcher) throws IOException {
        return open(generation, config, matcher, false);
    }

    /** As {@link #open(Path, RetrievalConfig, MatchingEncoder)}; {@code forceHybrid} unites KNN hits even when calibration preferred BM25 (benchmarks). */
    public static ChatRetriever open(Path generation, RetrievalConfig config, MatchingEncoder matcher, boolean forceHybrid)
            throws IOException {
        Properties meta = new Properties();
        try (InputStream in = Files.newInputStream(generation.resolve(META))) {
            meta.load(in);
        }
        AnalyzerKind analyzer = AnalyzerKind.valueOf(meta.getProperty("analyzer", "CJK"));
        boolean hybrid = forceHybrid || Boolean.parseBoolean(meta.getProperty("hybrid", "false"));
        return new ChatRetriever(FSDirectory.open(generation), analyzer, LogisticModel.fromProperties(meta), config,
                hybrid ? matcher : null, true);
    }

    private static CalibrationTrainer.Result calibrate(Directory dir, AnalyzerKind analyzer, MatchingEncoder matcher,
                                                       List<ChatPair> pairs, List<String> foreign, int queries)
            throws IOException {
        LogisticModel prior = matcher == null ? LogisticModel.prior() : LogisticModel.hybridPrior();
        try (ChatRetriever r = new ChatRetriever(dir, analyzer, prior, RetrievalConfig.defaults(), matcher)) {
            return new CalibrationTrainer(5, 7).train(r, pairs, foreign, queries);
        }
    }

    private static String summary(CalibrationTrainer.Result r) {
        return String.format(java.util.Locale.ROOT, "ece=%.4f accuracy=%.3f paraphraseTop1=%.3f foreignAbstain=%.3f model=%s",
                r.ece(), r.heldOutAccuracy(), r.heldOutTop1(), r.heldOutForeignAbstain(), r.model());
    }

    /** Builds a calibrated in-memory index (used for the persona answers at start-up). */
    public static ChatRetriever inMemory(List<ChatPair> pairs, AnalyzerKind analyzer, RetrievalConfig config,
                                         int calibrationQueries) throws IOException {
        Directory dir = new ByteBuffersDirectory();
        ChatIndexBuilder.build(pairs, dir, analyzer, n -> { });
        try (ChatRetriever prior = new ChatRetriever(dir, analyzer, LogisticModel.prior(), config, null)) {
            LogisticModel model = new CalibrationTrainer(5, 7).train(prior, pairs, List.of(), calibrationQueries).model();
            return new ChatRetriever(dir, analyzer, model, config);
        }
    }
}
