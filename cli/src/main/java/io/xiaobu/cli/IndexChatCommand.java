package io.xiaobu.cli;

import io.xiaobu.chat.corpus.ChatCorpus;
import io.xiaobu.chat.corpus.ChatPair;
import io.xiaobu.chat.corpus.LcccReader;
import io.xiaobu.chat.corpus.PersonaBook;
import io.xiaobu.chat.matching.MatchingEncoder;
import io.xiaobu.chat.retrieval.AnalyzerKind;
import io.xiaobu.chat.retrieval.ChatIndexes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code xiaobu index chat --data DIR --out DIR}: builds, calibrates and publishes a chat index generation. */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = "Index persona answers + chat pairs (LCCC, KdConv, ChatterBot) into a new generation under --out.")
public final class IndexChatCommand implements Callable<Integer> {

    @Option(names = "--data", description = "data dir or its chat/ folder (default: the configured data dir)")
    Path data;

    @Option(names = "--out", required = true, description = "index root; a new gen-* folder is built and CURRENT switched")
    Path out;

    @Option(names = "--analyzer", defaultValue = "CJK", description = "CJK (bigrams) or SMARTCN")
    AnalyzerKind analyzer;

    @Option(names = "--calibration-queries", defaultValue = "4000", description = "queries used to fit the calibrated reranker")
    int calibrationQueries;

    @Option(names = "--no-vectors", description = "BM25 fields only (no HNSW vectors)")
    boolean noVectors;

    @picocli.CommandLine.Mixin
    MatchingOptions matching = new MatchingOptions();

    @Override
    public Integer call() throws Exception {
        Path chat = ChatDataOption.chatDir(data);
        long t0 = System.nanoTime();
        List<ChatPair> pairs = ChatCorpus.load(PersonaBook.load(), chat);
        Path sessions = chat.resolve("lccc-toy").resolve("toy_data.json");
        List<String> foreign = Files.isRegularFile(sessions)
                ? LcccReader.readSessions(sessions, "valid").stream().map(ChatPair::post).toList() : List.of();
        System.out.printf("read %d pairs from %s (%d foreign calibration posts)%n", pairs.size(), chat, foreign.size());
        MatchingEncoder vectors = noVectors ? null : matching.open();
        System.out.println(vectors == null ? "vectors: none (BM25 only)" : "vectors: HNSW post+reply, " + vectors.name());
        Path gen = ChatIndexes.buildGeneration(out, pairs, foreign, analyzer, vectors, calibrationQueries,
                n -> System.out.printf("indexed %d docs%n", n),
                (mode, r) -> System.out.printf(Locale.ROOT, "calibration " + mode + ": %d queries, %d examples, positive %.3f, held-out ECE %.4f, "
                        + "accuracy %.3f, paraphrase top-1 %.3f, foreign abstain %.3f%n  model %s%n",
                        r.queries(), r.examples(), r.positiveRate(), r.ece(), r.heldOutAccuracy(), r.heldOutTop1(),
                        r.heldOutForeignAbstain(), r.model()));
        System.out.println("serving mode: " + (ChatIndexes.isHybrid(gen) ? "hybrid (BM25 + KNN, learned fusion)" : "BM25 only"));
        System.out.printf(Locale.ROOT, "published %s in %.1f s%n", gen, (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
