package io.xiaobu.chat.retrieval;

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
    private volatile ChatRetriever live;
    private volatile Path liveGeneration;
    private ChatRetriever retired;

    public ReloadingRetriever(Path root, RetrievalConfig config) throws IOException {
        this.root = root;
        this.config = config;
        refresh();
    }

    /** Opens the current generation if it changed; returns true when it switched. */
    public synchronized boolean refresh() throws IOException {
        Path gen = ChatIndexes.current(root);
        if (gen == null || Objects.equals(gen, liveGeneration)) {
            return false;
        }
        ChatRetriever next = ChatIndexes.open(gen, config);
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
        ChatRetriever r = live;
        return r == null ? List.of() : r.search(query);
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
