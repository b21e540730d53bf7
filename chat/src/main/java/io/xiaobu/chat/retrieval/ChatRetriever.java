package io.xiaobu.chat.retrieval;

import io.xiaobu.chat.Texts;
import io.xiaobu.chat.matching.MatchingEncoder;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Read-only retrieval over a chat index: BM25 on post (and, down-weighted, reply) terms, united — when the
 * index has vectors and a {@link MatchingEncoder} is given — with the HNSW nearest posts of the query's
 * matching vector; every candidate is reranked by the {@link LogisticModel} over its {@link Features}
 * (which include both cosines, so the calibrated model is the learned fusion); the model's output is the
 * calibrated probability, and hits below {@link RetrievalConfig#threshold()} are dropped (abstain).
 * Thread-safe.
 */
public final class ChatRetriever implements Closeable {

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final LogisticModel model;
    private final RetrievalConfig config;
    private final Directory ownedDirectory;
    private final MatchingEncoder matcher;
    private final IndexVectors vectors;

    public ChatRetriever(Directory dir, AnalyzerKind analyzerKind, LogisticModel model, RetrievalConfig config)
            throws IOException {
        this(dir, analyzerKind, model, config, null, false);
    }

    /**
     * @param matcher computes query vectors; null, or an index without vectors (or of another dimension),
     *                means BM25 candidates only (see {@link #hybrid()})
     */
    public ChatRetriever(Directory dir, AnalyzerKind analyzerKind, LogisticModel model, RetrievalConfig config,
                         MatchingEncoder matcher) throws IOException {
        this(dir, analyzerKind, model, config, matcher, false);
    }

    /** @param ownsDirectory close {@code dir} when this retriever is closed */
    ChatRetriever(Directory dir, AnalyzerKind analyzerKind, LogisticModel model, RetrievalConfig config,
                  MatchingEncoder matcher, boolean ownsDirectory) throws IOException {
        this.ownedDirectory = ownsDirectory ? dir : null;
        this.reader = DirectoryReader.open(dir);
        this.searcher = new IndexSearcher(reader);
        this.analyzer = analyzerKind.create();
        this.model = model;
        this.config = config;
        int dim = IndexVectors.dimension(reader, Fields.POST_VEC);
        this.matcher = matcher != null && dim > 0 && dim == matcher.dimension() ? matcher : null;
        this.vectors = this.matcher == null ? null : new IndexVectors(reader);
    }

    /** Whether this retriever unites BM25 with HNSW vector hits (index with vectors + a matching encoder). */
    public boolean hybrid() {
        return matcher != null;
    }

    public int size() {
        return reader.numDocs();
    }

    public LogisticModel model() {
        return model;
    }

    public RetrievalConfig config() {
        return config;
    }

    /** Replies above the threshold, best first, at most {@code topK}, distinct texts. Never throws on bad input. */
    public List<RetrievedReply> search(String query) {
        return search(query, null);
    }

    /**
     * As {@link #search(String)}; {@code backboneEmbedding} is the shared backbone's embedding of the query
     * when the caller has it (then no backbone pass runs here), else null.
     */
    public List<RetrievedReply> search(String query, float[] backboneEmbedding) {
        List<RetrievedReply> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RetrievedReply r : candidates(query, backboneEmbedding)) {
            if (r.probability() < config.threshold() || out.size() >= config.topK()) {
                break;
            }
            if (seen.add(r.reply())) {
                out.add(r);
            }
        }
        return out;
    }

    /** Every reranked candidate (BM25 ∪ vector hits), best first, without the threshold. */
    public List<RetrievedReply> candidates(String query) {
        return candidates(query, null);
    }

    /** As {@link #candidates(String)} with the query's backbone embedding when the caller has it. */
    public List<RetrievedReply> candidates(String query, float[] backboneEmbedding) {
        String q = Texts.clean(query);
        if (!Texts.hasContent(q)) {
            return List.of();
        }
        try {
            Map<Integer, Float> bm25 = new LinkedHashMap<>();
            Query lucene = luceneQuery(q);
            if (lucene != null) {
                for (ScoreDoc sd : searcher.search(lucene, config.bm25Candidates()).scoreDocs) {
                    bm25.put(sd.doc, sd.score);
                }
            }
            float[] qv = queryVector(q, backboneEmbedding);
            Set<Integer> docs = new LinkedHashSet<>(bm25.keySet());
            if (qv != null && config.knnCandidates() > 0) {
                for (ScoreDoc sd : searcher.search(new KnnFloatVectorQuery(Fields.POST_VEC, qv, config.knnCandidates()),
                        config.knnCandidates()).scoreDocs) {
                    docs.add(sd.doc);
                }
            }
            StoredFields stored = searcher.storedFields();
            List<RetrievedReply> out = new ArrayList<>(docs.size());
            for (int doc : docs) {
                double postCos = qv == null ? 0 : vectors.cosine(Fields.POST_VEC, doc, qv);
                double replyCos = qv == null ? 0 : vectors.cosine(Fields.REPLY_VEC, doc, qv);
                out.add(candidate(q, bm25.getOrDefault(doc, 0f), stored.document(doc), postCos, replyCos));
            }
            out.sort(Comparator.comparingDouble(RetrievedReply::probability).reversed());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("chat index read failed", e);
        }
    }

    /** The query's matching vector, or null when this retriever is BM25-only or the vector is all zeros. */
    private float[] queryVector(String q, float[] backboneEmbedding) {
        if (matcher == null) {
            return null;
        }
        float[] v = backboneEmbedding != null ? matcher.queryFromBackbone(backboneEmbedding) : matcher.query(q);
        for (float x : v) {
            if (x != 0) {
                return v;
            }
        }
        return null;
    }

    private Query luceneQuery(String q) {
        QueryBuilder qb = new QueryBuilder(analyzer);
        Query post = qb.createBooleanQuery(Fields.POST, q, BooleanClause.Occur.SHOULD);
        Query reply = qb.createBooleanQuery(Fields.REPLY, q, BooleanClause.Occur.SHOULD);
        if (post == null) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(post, BooleanClause.Occur.SHOULD);
        if (reply != null && config.replyBoost() > 0) {
            b.add(new BoostQuery(reply, config.replyBoost()), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    private RetrievedReply candidate(String q, float bm25, Document doc, double postCosine, double replyCosine) {
        String post = doc.get(Fields.POST_RAW);
        String[] replies = doc.getValues(Fields.REPLIES);
        String reply = replies[Math.floorMod(q.hashCode(), replies.length)];
        String source = doc.get(Fields.SOURCE);
        int popularity = doc.getField(Fields.POPULARITY).numericValue().intValue();
        Features f = Features.of(q, bm25, post, reply, popularity, "persona".equals(source), postCosine, replyCosine);
        return new RetrievedReply(reply, List.of(replies), post, source, doc.get(Fields.ENTRY),
                model.probability(f.vector()), f);
    }

    @Override
    public void close() throws IOException {
        reader.close();
        if (ownedDirectory != null) {
            ownedDirectory.close();
        }
    }
}
