package io.xiaobu.events;

import java.io.IOException;

/**
 * A destination for turn events. Called from the recorder's single worker thread only: {@code publish} for each
 * event of a batch, then {@code flush} once per batch (group commit). Never called from a turn thread.
 */
public interface TurnEventSink extends AutoCloseable {

    /** A short stable name for metrics and health, e.g. {@code jsonl} or {@code kafka}. */
    String name();

    /** Accepts one event; it is durable only after the next {@link #flush()}. */
    void publish(TurnEvent event) throws IOException;

    /** Makes everything published so far durable (fsync, spool sync) and starts delivery. */
    void flush() throws IOException;

    /** Whether the sink works now, and what it still holds back. Fast, no I/O beyond a stat. */
    SinkHealth health();

    /** Flushes and releases files, threads and connections. */
    @Override
    void close() throws IOException;
}
