package io.xiaobu.chat.retrieval;

import io.xiaobu.chat.matching.MatchingEncoder;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Serves the generation {@code root/CURRENT} names and switches to a newer one when {@link #refresh()}
 * sees the pointer change. The previous generation stays open until the next switch, so searches in
 * flight during a switch finish on the index they started on.
 */
public final class ReloadingRetriever implements Closeable {

    private final Path root;
    private final RetrievalConfig config;
    private final MatchingEncoder matcher;
    private volatile ChatRetriever live;
    private volatile Path liveGeneration;
    private ChatRetriever retired;

    public ReloadingRetriever(Path root, RetrievalConfig config) throws IOException {
        this(root, config, null);
    }

    /** @param matcher query vectors for hybrid generations; null: every generation is served BM25-only */
    public ReloadingRetriever(Path root, RetrievalConfig config, MatchingEncoder matcher) throws IOException {
        this.root = root;
        this.config = config;
        this.matcher = matcher;
        refresh();
    }

    /** Opens the current generation if it changed; returns true when it switched. */
    public synchronized boolean refresh() throws IOException {
        Path gen = ChatIndexes.current(root);
        if (gen == null || Objects.equals(gen, liveGeneration)) {
            return false;
        }
        ChatRetriever next = ChatIndexes.open(gen, config, matcher);
        if (retired != null) {
            retired.close();
        }
        retired = live;
        live = next;
        liveGeneration = gen;
        return true;
    }

    /** The live generation, or null when the root holds no index yet. */
    public Path generation() {
        return liveGeneration;
    }

    public List<RetrievedReply> search(String query) {
        return search(query, null);
    }

    /** @param backboneEmbedding the turn's backbone embedding of {@code query}, or null */
    public List<RetrievedReply> search(String query, float[] backboneEmbedding) {
        ChatRetriever r = live;
        return r == null ? List.of() : r.search(query, backboneEmbedding);
    }

    /** Whether the live generation is served hybrid (BM25 ∪ KNN). */
    public boolean hybrid() {
        ChatRetriever r = live;
        return r != null && r.hybrid();
    }

    public int size() {
        ChatRetriever r = live;
        return r == null ? 0 : r.size();
    }

    @Override
    public synchronized void close() throws IOException {
        if (retired != null) {
            retired.close();
        }
        if (live != null) {
            live.close();
        }
    }
}
