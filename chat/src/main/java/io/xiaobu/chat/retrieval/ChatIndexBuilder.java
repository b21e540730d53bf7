package io.xiaobu.chat.retrieval;

import io.xiaobu.chat.Texts;
import io.xiaobu.chat.corpus.ChatPair;
import io.xiaobu.chat.matching.MatchingEncoder;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.Directory;

/**
 * Writes chat pairs into a Lucene index: one document per (post, replies) with the reply's popularity and,
 * when a {@link MatchingEncoder} is given, HNSW vectors of the post and of its first reply (dot product on
 * L2-normalised vectors = cosine).
 */
public final class ChatIndexBuilder {

    /** Documents embedded per batch of backbone passes. */
    private static final int CHUNK = 2048;

    private ChatIndexBuilder() {
    }

    /**
     * Indexes the pairs (duplicates of the same post and reply are indexed once). Popularity is how many
     * times the reply text occurs in the whole collection. {@code progress} gets the count every 10k docs.
     */
    public static int build(List<ChatPair> pairs, Directory dir, AnalyzerKind analyzer, IntConsumer progress)
            throws IOException {
        return build(pairs, dir, analyzer, null, progress);
    }

    /** As {@link #build(List, Directory, AnalyzerKind, IntConsumer)}; {@code vectors} null: BM25 fields only. */
    public static int build(List<ChatPair> pairs, Directory dir, AnalyzerKind analyzer, MatchingEncoder vectors,
                            IntConsumer progress) throws IOException {
        Map<String, Integer> popularity = new HashMap<>();
        for (ChatPair p : pairs) {
            for (String r : p.replies()) {
                popularity.merge(Texts.lettersOnly(r), 1, Integer::sum);
            }
        }
        IndexWriterConfig cfg = new IndexWriterConfig(analyzer.create()).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<ChatPair> unique = pairs.stream().filter(p -> seen.add(p.post() + '\t' + String.join("\n", p.replies()))).toList();
        int written = 0;
        try (IndexWriter w = new IndexWriter(dir, cfg)) {
            for (int start = 0; start < unique.size(); start += CHUNK) {
                List<ChatPair> chunk = unique.subList(start, Math.min(unique.size(), start + CHUNK));
                List<float[]> postVecs = vectors == null ? null : vectors.queries(chunk.stream().map(ChatPair::post).toList());
                List<float[]> replyVecs = vectors == null ? null : vectors.replies(chunk.stream().map(ChatPair::reply).toList());
                for (int i = 0; i < chunk.size(); i++) {
                    Document d = document(chunk.get(i), popularity);
                    if (vectors != null) {
                        d.add(new KnnFloatVectorField(Fields.POST_VEC, postVecs.get(i), VectorSimilarityFunction.DOT_PRODUCT));
                        d.add(new KnnFloatVectorField(Fields.REPLY_VEC, replyVecs.get(i), VectorSimilarityFunction.DOT_PRODUCT));
                    }
                    w.addDocument(d);
                    if (++written % 10_000 == 0) {
                        progress.accept(written);
                    }
                }
            }
            w.forceMerge(1);
        }
        progress.accept(written);
        return written;
    }

    private static Document document(ChatPair p, Map<String, Integer> popularity) {
        Document d = new Document();
        d.add(new TextField(Fields.POST, p.post(), Field.Store.NO));
        d.add(new StoredField(Fields.POST_RAW, p.post()));
        int pop = 0;
        for (String r : p.replies()) {
            d.add(new TextField(Fields.REPLY, r, Field.Store.NO));
            d.add(new StoredField(Fields.REPLIES, r));
            pop = Math.max(pop, popularity.getOrDefault(Texts.lettersOnly(r), 1));
        }
        d.add(new StringField(Fields.SOURCE, p.source(), Field.Store.YES));
        d.add(new StoredField(Fields.ENTRY, p.entryId()));
        d.add(new StoredField(Fields.POPULARITY, pop));
        return d;
    }
}
