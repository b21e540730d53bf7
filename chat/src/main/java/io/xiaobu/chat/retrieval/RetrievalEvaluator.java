package io.xiaobu.chat.retrieval;

import io.xiaobu.chat.corpus.ChatPair;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Response selection, 1 true reply among {@code negatives} random replies of the same file: each post
 * scores its 1+N candidate replies with BM25 (post terms against reply text, IDF over all replies).
 * Ties are resolved in expectation (the true reply is equally likely at any tied position), so the
 * result is deterministic and never rewards an all-zero score.
 */
public final class RetrievalEvaluator {

    /** The metrics the {@code eval retrieval} command prints as JSON. */
    public record Metrics(String method, String analyzer, int n, int negatives, double recallAt1, double recallAt10,
                          double mrr) {
    }

    private static final String ID = "id";

    private RetrievalEvaluator() {
    }

    public static Metrics bm25(List<ChatPair> pairs, AnalyzerKind kind, int negatives, long seed, IntConsumer progress)
            throws IOException {
        return evaluate(pairs, kind, null, negatives, seed, progress).getFirst();
    }

    /**
     * BM25, and when {@code embedder} is given also vector-only (cosine) and hybrid (reciprocal-rank fusion
     * of the BM25 and vector ranks, k = 60) on the same sampled candidates.
     */
    public static List<Metrics> evaluate(List<ChatPair> pairs, AnalyzerKind kind, Embedder embedder, int negatives,
                                         long seed, IntConsumer progress) throws IOException {
        String name = embedder == null ? null : embedder.getClass().getSimpleName() + "-" + embedder.dimension();
        return evaluate(pairs, kind, embedder, embedder, name, negatives, seed, progress);
    }

    /**
     * As {@link #evaluate(List, AnalyzerKind, Embedder, int, long, IntConsumer)} with different embedders for
     * the post (query side) and the reply (e.g. the two sides of a matching projection); both null: BM25 only.
     */
    public static List<Metrics> evaluate(List<ChatPair> pairs, AnalyzerKind kind, Embedder postEmbedder,
                                         Embedder replyEmbedder, String vectorName, int negatives, long seed,
                                         IntConsumer progress) throws IOException {
        Embedder embedder = postEmbedder;
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        Analyzer analyzer = kind.create();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < pairs.size(); i++) {
                Document d = new Document();
                d.add(new StringField(ID, Integer.toString(i), Field.Store.NO));
                d.add(new StoredField("i", i));
                d.add(new TextField(Fields.REPLY, pairs.get(i).reply(), Field.Store.NO));
                w.addDocument(d);
            }
        }
        Random random = new Random(seed);
        Accumulator bm25 = new Accumulator();
        Accumulator vector = new Accumulator();
        Accumulator hybrid = new Accumulator();
        List<Scored> kept = new ArrayList<>();
        float[][] replyVectors = null;
        float[][] postVectors = null;
        if (embedder != null) {
            replyVectors = replyEmbedder.embedAll(pairs.stream().map(ChatPair::reply).toList());
            postVectors = postEmbedder.embedAll(pairs.stream().map(ChatPair::post).toList());
        }
        QueryBuilder qb = new QueryBuilder(analyzer);
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            StoredFields stored = searcher.storedFields();
            for (int i = 0; i < pairs.size(); i++) {
                List<Integer> cands = sample(i, pairs, negatives, random);
                Map<Integer, Float> scores = score(searcher, stored, qb, pairs.get(i).post(), cands);
                Map<Integer, Double> lexical = new HashMap<>();
                cands.forEach(c -> lexical.put(c, (double) scores.getOrDefault(c, 0f)));
                bm25.add(i, lexical);
                if (embedder != null) {
                    float[] q = postVectors[i];
                    Map<Integer, Double> dense = new HashMap<>();
                    for (int c : cands) {
                        dense.put(c, (double) Embedder.dot(q, replyVectors[c]));
                    }
                    vector.add(i, dense);
                    Map<Integer, Double> lexRank = ranks(lexical);
                    Map<Integer, Double> denseRank = ranks(dense);
                    Map<Integer, Double> fused = new HashMap<>();
                    for (int c : cands) {
                        fused.put(c, 1 / (60 + lexRank.get(c)) + 1 / (60 + denseRank.get(c)));
                    }
                    hybrid.add(i, fused);
                    kept.add(new Scored(i, lexical, dense));
                }
                if ((i + 1) % 1000 == 0) {
                    progress.accept(i + 1);
                }
            }
        }
        List<Metrics> out = new ArrayList<>();
        out.add(bm25.metrics("bm25", kind.name(), negatives));
        if (embedder != null) {
            out.add(vector.metrics("vector", vectorName, negatives));
            out.add(hybrid.metrics("hybrid-rrf", kind.name() + "+" + vectorName, negatives));
            out.add(learnedFusion(kept).metrics("hybrid-learned", kind.name() + "+" + vectorName, negatives));
        }
        return out;
    }

    /** One post's candidate scores, kept for the learned fusion. */
    private record Scored(int truth, Map<Integer, Double> lexical, Map<Integer, Double> dense) {
        Map<Integer, Double> fused(double weight) {
            Map<Integer, Double> out = new HashMap<>();
            lexical.forEach((c, l) -> out.put(c, l + weight * dense.get(c)));
            return out;
        }
    }

    /** Weights tried for BM25 + w · cosine. */
    static final double[] FUSION_WEIGHTS = {0, 0.25, 0.5, 1, 2, 4, 8, 16};

    /**
     * BM25 + w · cosine with w learned by 2-fold cross-fitting: w is chosen on the even posts (best MRR) and
     * scored on the odd ones, and vice versa, so no post is scored with a weight fitted on it.
     */
    private static Accumulator learnedFusion(List<Scored> all) {
        Accumulator out = new Accumulator();
        for (int fold = 0; fold < 2; fold++) {
            int f = fold;
            List<Scored> fit = all.stream().filter(x -> x.truth() % 2 == f).toList();
            double best = 0;
            double bestMrr = -1;
            for (double w : FUSION_WEIGHTS) {
                Accumulator a = new Accumulator();
                fit.forEach(x -> a.add(x.truth(), x.fused(w)));
                double mrr = a.metrics("", "", 0).mrr();
                if (mrr > bestMrr) {
                    bestMrr = mrr;
                    best = w;
                }
            }
            double w = best;
            System.err.printf(java.util.Locale.ROOT, "learned fusion: weight %.2f fitted on %s posts%n", w, f == 0 ? "even" : "odd");
            all.stream().filter(x -> x.truth() % 2 != f).forEach(x -> out.add(x.truth(), x.fused(w)));
        }
        return out;
    }

    /** Rank (1 = best) of each candidate; tied scores share their average rank. */
    static Map<Integer, Double> ranks(Map<Integer, Double> scores) {
        Map<Integer, Double> out = new HashMap<>();
        for (Map.Entry<Integer, Double> e : scores.entrySet()) {
            int greater = 0;
            int ties = 0;
            for (double s : scores.values()) {
                greater += s > e.getValue() ? 1 : 0;
                ties += s == e.getValue() ? 1 : 0;
            }
            out.put(e.getKey(), greater + (ties + 1) / 2.0);
        }
        return out;
    }

    /** Sums recall@1, recall@10 and reciprocal rank of the true candidate, ties resolved in expectation. */
    private static final class Accumulator {
        private double r1;
        private double r10;
        private double mrr;
        private int n;

        void add(int truthId, Map<Integer, Double> scores) {
            double truth = scores.get(truthId);
            int greater = 0;
            int ties = 0;
            for (Map.Entry<Integer, Double> e : scores.entrySet()) {
                if (e.getKey() != truthId) {
                    greater += e.getValue() > truth ? 1 : 0;
                    ties += e.getValue() == truth ? 1 : 0;
                }
            }
            r1 += recallAt(1, greater, ties);
            r10 += recallAt(10, greater, ties);
            double rr = 0;
            for (int pos = greater + 1; pos <= greater + ties + 1; pos++) {
                rr += 1.0 / pos;
            }
            mrr += rr / (ties + 1);
            n++;
        }

        Metrics metrics(String method, String analyzer, int negatives) {
            int d = Math.max(1, n);
            return new Metrics(method, analyzer, n, negatives, r1 / d, r10 / d, mrr / d);
        }
    }

    /** Probability that the true reply is within the top k when it is uniformly placed among its ties. */
    static double recallAt(int k, int greater, int ties) {
        return Math.max(0, Math.min(1, (double) (k - greater) / (ties + 1)));
    }

    private static List<Integer> sample(int i, List<ChatPair> pairs, int negatives, Random random) {
        List<Integer> out = new ArrayList<>(negatives + 1);
        out.add(i);
        String truth = pairs.get(i).reply();
        while (out.size() < negatives + 1 && pairs.size() > negatives + 1) {
            int j = random.nextInt(pairs.size());
            if (j != i && !out.contains(j) && !pairs.get(j).reply().equals(truth)) {
                out.add(j);
            }
        }
        return out;
    }

    private static Map<Integer, Float> score(IndexSearcher searcher, StoredFields stored, QueryBuilder qb, String post,
                                             List<Integer> cands) throws IOException {
        Map<Integer, Float> out = new HashMap<>();
        Query terms = qb.createBooleanQuery(Fields.REPLY, post, BooleanClause.Occur.SHOULD);
        if (terms == null) {
            return out;
        }
        List<BytesRef> ids = cands.stream().map(c -> new BytesRef(Integer.toString(c))).toList();
        Query q = new BooleanQuery.Builder().add(terms, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(ID, ids), BooleanClause.Occur.FILTER).build();
        for (ScoreDoc sd : searcher.search(q, cands.size()).scoreDocs) {
            out.put(stored.document(sd.doc).getField("i").numericValue().intValue(), sd.score);
        }
        return out;
    }
}
