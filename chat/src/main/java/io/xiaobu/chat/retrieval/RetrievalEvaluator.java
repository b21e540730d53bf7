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
        double r1 = 0;
        double r10 = 0;
        double mrr = 0;
        QueryBuilder qb = new QueryBuilder(analyzer);
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            StoredFields stored = searcher.storedFields();
            for (int i = 0; i < pairs.size(); i++) {
                List<Integer> cands = sample(i, pairs, negatives, random);
                Map<Integer, Float> scores = score(searcher, stored, qb, pairs.get(i).post(), cands);
                float truth = scores.getOrDefault(i, 0f);
                int greater = 0;
                int ties = 0;
                for (int c : cands) {
                    if (c == i) {
                        continue;
                    }
                    float s = scores.getOrDefault(c, 0f);
                    greater += s > truth ? 1 : 0;
                    ties += s == truth ? 1 : 0;
                }
                r1 += recallAt(1, greater, ties);
                r10 += recallAt(10, greater, ties);
                double rr = 0;
                for (int pos = greater + 1; pos <= greater + ties + 1; pos++) {
                    rr += 1.0 / pos;
                }
                mrr += rr / (ties + 1);
                if ((i + 1) % 1000 == 0) {
                    progress.accept(i + 1);
                }
            }
        }
        int n = pairs.size();
        return new Metrics("bm25", kind.name(), n, negatives, r1 / n, r10 / n, mrr / n);
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
