package io.xiaobu.cli;

import io.xiaobu.chat.corpus.ChatCorpus;
import io.xiaobu.chat.corpus.ChatPair;
import io.xiaobu.chat.corpus.LcccReader;
import io.xiaobu.chat.corpus.PersonaBook;
import io.xiaobu.chat.retrieval.AnalyzerKind;
import io.xiaobu.chat.retrieval.ChatIndexes;
import io.xiaobu.chat.retrieval.ChatRetriever;
import io.xiaobu.chat.retrieval.RetrievalConfig;
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
 * {@code xiaobu bench retrieval}: p50/p90/p99 of one full retrieval (analysis, BM25, rerank, calibration)
 * over an index of at least {@code --min-docs} replies. The real pairs are indexed as they are, then
 * reversed (reply → post), then with dropped-char post variants until the size is reached; queries are
 * LCCC session turns that are not indexed (valid + test splits).
 */
@Command(name = "retrieval", mixinStandardHelpOptions = true, description = "Retrieval latency over a large chat index.")
public final class BenchRetrievalCommand implements Callable<Integer> {

    @Option(names = "--data", description = "data dir or its chat/ folder")
    Path data;

    @Option(names = "--min-docs", defaultValue = "100000")
    int minDocs;

    @Option(names = "--queries", defaultValue = "2000")
    int queries;

    @Option(names = "--warmup", defaultValue = "500")
    int warmup;

    @Option(names = "--analyzer", defaultValue = "CJK")
    AnalyzerKind analyzer;

    @Option(names = "--vectors", description = "index HNSW matching vectors too and time hybrid search given each query's precomputed backbone embedding")
    boolean vectors;

    @picocli.CommandLine.Mixin
    MatchingOptions matching = new MatchingOptions();

    @Override
    public Integer call() throws Exception {
        Path chat = ChatDataOption.chatDir(data);
        List<ChatPair> real = ChatCorpus.load(PersonaBook.load(), chat);
        List<ChatPair> docs = new ArrayList<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        real.forEach(p -> addUnique(docs, keys, p));
        int reversed = 0;
        for (ChatPair p : real) {
            if (!p.source().equals("persona") && docs.size() < minDocs) {
                reversed += addUnique(docs, keys, ChatPair.of(p.reply(), p.post(), p.source(), p.entryId() + ".reversed")) ? 1 : 0;
            }
        }
        Random random = new Random(11);
        int variants = 0;
        for (int tries = 0; docs.size() < minDocs && tries < 20 * minDocs; tries++) {
            ChatPair p = real.get(random.nextInt(real.size()));
            variants += addUnique(docs, keys, new ChatPair(dropChars(p.post(), random), p.replies(), p.source(),
                    p.entryId() + ".variant")) ? 1 : 0;
        }
        System.out.printf("index: %d real pairs + %d reversed + %d dropped-char variants = %d docs%n",
                real.size(), reversed, variants, docs.size());
        Path sessions = chat.resolve("lccc-toy").resolve("toy_data.json");
        List<String> qs = new ArrayList<>();
        for (String split : List.of("valid", "test")) {
            LcccReader.readSessions(sessions, split).forEach(p -> qs.add(p.post()));
        }
        Path root = Files.createTempDirectory("xiaobu-bench-chat");
        long t0 = System.nanoTime();
        io.xiaobu.chat.matching.MatchingEncoder matcher = vectors ? matching.open(true) : null;
        Path gen = ChatIndexes.buildGeneration(root, docs, List.of(), analyzer, matcher, 2000,
                n -> System.out.printf("indexed %d docs%n", n),
                (mode, r) -> System.out.printf(Locale.ROOT, "calibration %s: paraphrase top-1 %.3f, ECE %.4f%n", mode, r.heldOutTop1(), r.ece()));
        System.out.printf(Locale.ROOT, "built + calibrated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        // the service passes the understand stage's embedding: precompute it outside the timed search
        List<float[]> qEmb = matcher == null ? null : matching.backboneEmbedder.embedAll(qs);
        try (ChatRetriever retriever = ChatIndexes.open(gen, RetrievalConfig.defaults(), matcher, matcher != null)) {
            System.out.println("mode: " + (retriever.hybrid() ? "hybrid (BM25 top-30 + HNSW top-10, cosine features)" : "BM25 only"));
            for (int i = 0; i < warmup; i++) {
                retriever.search(qs.get(i % qs.size()), qEmb == null ? null : qEmb.get(i % qs.size()));
            }
            long[] nanos = new long[queries];
            long[] cpu = new long[queries];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            int answered = 0;
            for (int i = 0; i < queries; i++) {
                String q = qs.get((i + warmup) % qs.size());
                float[] e = qEmb == null ? null : qEmb.get((i + warmup) % qs.size());
                long c = threads.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                answered += retriever.search(q, e).isEmpty() ? 0 : 1;
                nanos[i] = System.nanoTime() - s;
                cpu[i] = threads.getCurrentThreadCpuTime() - c;
            }
            Arrays.sort(nanos);
            Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "docs=%d queries=%d answered=%.3f%n  wall: p50=%.3f ms p90=%.3f ms p99=%.3f ms max=%.3f ms%n"
                            + "  thread cpu: p50=%.3f ms p90=%.3f ms p99=%.3f ms max=%.3f ms%n",
                    retriever.size(), queries, answered / (double) queries, pct(nanos, 0.5), pct(nanos, 0.9),
                    pct(nanos, 0.99), nanos[nanos.length - 1] / 1e6, pct(cpu, 0.5), pct(cpu, 0.9), pct(cpu, 0.99),
                    cpu[cpu.length - 1] / 1e6);
        }
        return 0;
    }

    private static boolean addUnique(List<ChatPair> docs, java.util.Set<String> keys, ChatPair p) {
        if (keys.add(p.post() + '\t' + String.join("\n", p.replies()))) {
            docs.add(p);
            return true;
        }
        return false;
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static String dropChars(String s, Random random) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (random.nextDouble() >= 0.15) {
                out.appendCodePoint(c);
            }
        });
        return out.isEmpty() ? s : out.toString();
    }
}
