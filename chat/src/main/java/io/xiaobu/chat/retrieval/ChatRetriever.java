package io.xiaobu.chat.retrieval;

import io.xiaobu.chat.Texts;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Read-only retrieval over a chat index: BM25 on post (and, down-weighted, reply) terms, then every hit
 * is reranked by the {@link LogisticModel} over its {@link Features}; the model's output is the
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

    public ChatRetriever(Directory dir, AnalyzerKind analyzerKind, LogisticModel model, RetrievalConfig config)
            throws IOException {
        this(dir, analyzerKind, model, config, false);
    }

    /** @param ownsDirectory close {@code dir} when this retriever is closed */
    ChatRetriever(Directory dir, AnalyzerKind analyzerKind, LogisticModel model, RetrievalConfig config,
                  boolean ownsDirectory) throws IOException {
        this.ownedDirectory = ownsDirectory ? dir : null;
        this.reader = DirectoryReader.open(dir);
        this.searcher = new IndexSearcher(reader);
        this.analyzer = analyzerKind.create();
        this.model = model;
        this.config = config;
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
        List<RetrievedReply> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RetrievedReply r : candidates(query)) {
            if (r.probability() < config.threshold() || out.size() >= config.topK()) {
                break;
            }
            if (seen.add(r.reply())) {
                out.add(r);
            }
        }
        return out;
    }

    /** Every reranked BM25 candidate, best first, without the threshold. */
    public List<RetrievedReply> candidates(String query) {
        String q = Texts.clean(query);
        if (!Texts.hasContent(q)) {
            return List.of();
        }
        try {
            Query lucene = luceneQuery(q);
            if (lucene == null) {
                return List.of();
            }
            TopDocs top = searcher.search(lucene, config.bm25Candidates());
            StoredFields stored = searcher.storedFields();
            List<RetrievedReply> out = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(candidate(q, sd, stored.document(sd.doc)));
            }
            out.sort(Comparator.comparingDouble(RetrievedReply::probability).reversed());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("chat index read failed", e);
        }
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

    private RetrievedReply candidate(String q, ScoreDoc sd, Document doc) {
        String post = doc.get(Fields.POST_RAW);
        String[] replies = doc.getValues(Fields.REPLIES);
        String reply = replies[Math.floorMod(q.hashCode(), replies.length)];
        String source = doc.get(Fields.SOURCE);
        int popularity = doc.getField(Fields.POPULARITY).numericValue().intValue();
        Features f = Features.of(q, sd.score, post, reply, popularity, "persona".equals(source));
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
