package io.xiaobu.events;

import io.xiaobu.events.jsonl.JsonlTurnLog;
import io.xiaobu.events.kafka.KafkaSinkConfig;
import io.xiaobu.events.kafka.KafkaTurnSink;
import io.xiaobu.events.spool.DiskSpool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Records every turn: the turn thread only enqueues; one worker thread fans each event out to all sinks, then
 * flushes them once per batch (group commit).
 *
 * <p>Nothing is dropped: when the bounded queue is full, events go to an overflow {@link DiskSpool} instead, and
 * keep going there until the worker has drained the queue and then the overflow, so one user's events stay in
 * order. An overflow left by a crash is replayed at start. A failing sink is counted and reported to the listener;
 * the other sinks still get the event.
 */
public final class TurnRecorder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TurnRecorder.class);
    private static final int BATCH_MAX = 256;
    private static final long OVERFLOW_SEGMENT_BYTES = 8L << 20;

    private final List<TurnEventSink> sinks;
    private final ArrayBlockingQueue<TurnEvent> queue;
    private final DiskSpool overflow;
    private final TurnRecorderListener listener;
    private final ReentrantLock admission = new ReentrantLock();
    private final LongAdder recorded = new LongAdder();
    private final LongAdder published = new LongAdder();
    private final LongAdder spilled = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final Thread worker;
    /** True from the first spilled event until the worker has drained the queue and the overflow. */
    private volatile boolean spilling;
    private volatile boolean closing;

    /**
     * @param sinks         where each event goes, in this order
     * @param overflowDir   the overflow spool's directory
     * @param queueCapacity events held in memory before spilling to disk
     */
    public TurnRecorder(List<TurnEventSink> sinks, Path overflowDir, int queueCapacity, TurnRecorderListener listener)
            throws IOException {
        this.sinks = List.copyOf(sinks);
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.overflow = new DiskSpool(overflowDir, OVERFLOW_SEGMENT_BYTES);
        this.listener = listener == null ? TurnRecorderListener.NONE : listener;
        // Build Jackson's serializers now, so that the first turn that spills does not pay for it.
        TurnEventJson.toBytes(TurnEvent.builder().requestId("warm-up").build());
        if (overflow.pendingRecords() > 0) {
            LOG.info("Turn recorder: replaying {} events left in the overflow spool {}", overflow.pendingRecords(), overflowDir);
            spilling = true;
        }
        this.worker = Thread.ofPlatform().name("xiaobu-turn-recorder").daemon().start(this::work);
    }

    /** The recorder the service runs: the JSONL log, plus the Kafka sink when {@code config} names bootstrap servers. */
    public static TurnRecorder open(RecorderConfig config, TurnRecorderListener listener) throws IOException {
        List<TurnEventSink> sinks = new ArrayList<>();
        sinks.add(new JsonlTurnLog(new JsonlTurnLog.Settings(config.logDir(), config.rotateBytes(), config.keepFiles())));
        if (config.kafkaEnabled()) {
            sinks.add(new KafkaTurnSink(KafkaSinkConfig.of(config.kafkaBootstrap(), config.topic(),
                    config.spoolDir().resolve("kafka"))));
        }
        return new TurnRecorder(sinks, config.spoolDir().resolve("overflow"), config.queueCapacity(), listener);
    }

    /** Hands the event to the recorder. Never blocks on a sink and never throws; {@code null} is ignored. */
    public void record(TurnEvent event) {
        if (event == null) return;
        admission.lock();
        try {
            if (!spilling && !closing && queue.offer(event)) {
                recorded.increment();
                notify(() -> listener.recorded(event));
                return;
            }
            spilling = true;
            overflow.append(TurnEventJson.toBytes(event));
            recorded.increment();
            spilled.increment();
            notify(() -> listener.spilled(event));
        } catch (IOException | RuntimeException e) {
            recorded.increment();
            failed.increment();
            LOG.error("Turn recorder: could not queue or spill event {} of request {}", event.eventId(), event.requestId(), e);
        } finally {
            admission.unlock();
        }
    }

    public RecorderCounters counters() {
        long backlog = 0;
        for (TurnEventSink sink : sinks) backlog += sink.health().pending();
        return new RecorderCounters(recorded.sum(), published.sum(), spilled.sum(), failed.sum(), queue.size(),
                overflow.pendingRecords(), backlog);
    }

    /** One entry per sink; the recorder itself is healthy as long as its worker runs. */
    public List<SinkHealth> health() {
        List<SinkHealth> out = new ArrayList<>();
        for (TurnEventSink sink : sinks) out.add(sink.health());
        return out;
    }

    public List<TurnEventSink> sinks() {
        return sinks;
    }

    /** Delivers everything queued and spilled to the sinks, then closes them. */
    @Override
    public void close() {
        if (closing) return;
        closing = true;
        try {
            worker.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (TurnEventSink sink : sinks) {
            try {
                sink.close();
            } catch (IOException | RuntimeException e) {
                LOG.warn("Turn recorder: closing sink {} failed", sink.name(), e);
            }
        }
        try {
            overflow.close();
        } catch (IOException e) {
            LOG.warn("Turn recorder: closing the overflow spool failed", e);
        }
    }

    private void work() {
        List<TurnEvent> batch = new ArrayList<>(BATCH_MAX);
        while (true) {
            try {
                TurnEvent first = spilling || closing ? queue.poll() : queue.poll(100, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.clear();
                    batch.add(first);
                    queue.drainTo(batch, BATCH_MAX - 1);
                    deliver(batch);
                } else if (spilling) {
                    drainOverflow();
                } else if (closing && queue.isEmpty()) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                LOG.error("Turn recorder: overflow spool failed; retrying in 1 s", e);
                sleepQuietly();
            }
        }
    }

    /** Delivers one batch from the overflow spool, or ends spilling when the spool and queue are both empty. */
    private void drainOverflow() throws IOException {
        DiskSpool.Batch batch = overflow.peek(BATCH_MAX);
        if (batch.isEmpty()) {
            admission.lock();
            try {
                if (queue.isEmpty() && overflow.pendingRecords() == 0) spilling = false;
            } finally {
                admission.unlock();
            }
            return;
        }
        List<TurnEvent> events = new ArrayList<>(batch.records().size());
        for (byte[] json : batch.records()) {
            TurnEventJson.parse(json).ifPresentOrElse(events::add, failed::increment);
        }
        deliver(events);
        overflow.commit(batch);
    }

    private void deliver(List<TurnEvent> events) {
        for (TurnEvent event : events) {
            boolean allOk = true;
            for (TurnEventSink sink : sinks) {
                notify(() -> listener.publishStart(sink.name(), event));
                long start = System.nanoTime();
                try {
                    sink.publish(event);
                    long micros = (System.nanoTime() - start) / 1_000;
                    notify(() -> listener.publishEnd(sink.name(), event, micros));
                } catch (IOException | RuntimeException e) {
                    allOk = false;
                    LOG.warn("Turn recorder: sink {} failed on event {}: {}", sink.name(), event.eventId(), e.toString());
                    notify(() -> listener.publishFailed(sink.name(), event, e));
                }
            }
            (allOk ? published : failed).increment();
        }
        for (TurnEventSink sink : sinks) {
            try {
                sink.flush();
            } catch (IOException | RuntimeException e) {
                LOG.warn("Turn recorder: flushing sink {} failed: {}", sink.name(), e.toString());
            }
        }
    }

    private static void notify(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException e) {
            LOG.debug("Turn recorder listener threw; ignored", e);
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
