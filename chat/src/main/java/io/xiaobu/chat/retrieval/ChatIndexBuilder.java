package io.xiaobu.chat.retrieval;

import io.xiaobu.chat.Texts;
import io.xiaobu.chat.corpus.ChatPair;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;

/** Writes chat pairs into a Lucene index: one document per (post, replies) with the reply's popularity. */
public final class ChatIndexBuilder {

    private ChatIndexBuilder() {
    }

    /**
     * Indexes the pairs (duplicates of the same post and reply are indexed once). Popularity is how many
     * times the reply text occurs in the whole collection. {@code progress} gets the count every 10k docs.
     */
    public static int build(List<ChatPair> pairs, Directory dir, AnalyzerKind analyzer, IntConsumer progress)
            throws IOException {
        Map<String, Integer> popularity = new HashMap<>();
        for (ChatPair p : pairs) {
            for (String r : p.replies()) {
                popularity.merge(Texts.lettersOnly(r), 1, Integer::sum);
            }
        }
        IndexWriterConfig cfg = new IndexWriterConfig(analyzer.create()).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        int written = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        try (IndexWriter w = new IndexWriter(dir, cfg)) {
            for (ChatPair p : pairs) {
                if (!seen.add(p.post() + '\t' + String.join("\n", p.replies()))) {
                    continue;
                }
                w.addDocument(document(p, popularity));
                if (++written % 10_000 == 0) {
                    progress.accept(written);
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
