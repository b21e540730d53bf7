package io.xiaobu.events.kafka;

import io.xiaobu.events.SinkHealth;
import io.xiaobu.events.TurnEvent;
import io.xiaobu.events.TurnEventJson;
import io.xiaobu.events.TurnEventSink;
import io.xiaobu.events.spool.DiskSpool;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes turn events to a Kafka topic keyed by {@code userId}, with an idempotent producer and {@code acks=all}.
 *
 * <p>Every event is first appended to a local {@link DiskSpool} (a write-ahead log); one drainer thread is the
 * only path to Kafka. It peeks a batch from the spool, sends it, waits for every acknowledgement and only then
 * commits the batch, which frees the spool. While Kafka is unreachable, rounds fail, the drainer backs off and the
 * spool grows; nothing waits on the caller's side. When Kafka returns the spool is delivered oldest first, so
 * events of one user stay in order. A failed round is re-sent whole, so a consumer may see an event twice and
 * de-duplicates by {@code eventId}/{@code requestId}; it never misses one. Events spooled when the process stopped
 * are delivered after the next start.
 */
public final class KafkaTurnSink implements TurnEventSink {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaTurnSink.class);

    /** Below the producer's default {@code max.request.size} (1 MiB) with room for headers. */
    static final int MAX_RECORD_BYTES = 1_000_000;

    private final KafkaSinkConfig config;
    private final DiskSpool spool;
    private final Thread drainer;
    private final Object wake = new Object();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failedRounds = new AtomicLong();
    private volatile Producer<byte[], byte[]> producer;
    private volatile boolean stopping;
    private volatile boolean up = true;
    private volatile String lastError;
    private boolean workSignalled;
    private volatile long stopDeadlineNanos;
    private long lastWarnNanos;

    /** Opens the spool (whatever a previous run left there is delivered first) and starts the drainer. */
    public KafkaTurnSink(KafkaSinkConfig config) throws IOException {
        this.config = config;
        this.spool = new DiskSpool(config.spoolDir(), config.segmentBytes());
        if (spool.pendingRecords() > 0) {
            LOG.info("Kafka sink: {} turn events left in spool {} from a previous run; delivering them first",
                    spool.pendingRecords(), config.spoolDir());
        }
        this.drainer = Thread.ofPlatform().name("xiaobu-kafka-drainer").daemon().start(this::drainLoop);
    }

    @Override
    public String name() {
        return "kafka";
    }

    /**
     * Appends the event to the spool; the drainer sends it after the next {@link #flush()}.
     *
     * @throws IOException when the spool cannot be written, or the event is larger than Kafka accepts (it would
     *                     block the spool forever)
     */
    @Override
    public void publish(TurnEvent event) throws IOException {
        byte[] framed = frame(event.userId(), TurnEventJson.toBytes(event));
        if (framed.length > MAX_RECORD_BYTES) {
            throw new IOException("turn event " + event.eventId() + " is " + framed.length
                    + " bytes, over the " + MAX_RECORD_BYTES + " a Kafka record may carry");
        }
        spool.append(framed);
    }

    /** Syncs the spool to disk and wakes the drainer. */
    @Override
    public void flush() throws IOException {
        spool.sync();
        signal();
    }

    @Override
    public SinkHealth health() {
        long pending = spool.pendingRecords();
        String error = lastError;
        String detail = "topic " + config.topic() + " at " + config.bootstrapServers() + ": " + delivered.get()
                + " delivered, " + pending + " spooled" + (error == null ? "" : "; last error: " + error);
        return new SinkHealth(name(), up, pending, detail);
    }

    /** Events delivered to Kafka (acknowledged by all in-sync replicas) since this sink started. */
    public long delivered() {
        return delivered.get();
    }

    /** Events in the spool waiting for Kafka. */
    public long spooled() {
        return spool.pendingRecords();
    }

    /** Delivery rounds that failed (Kafka unreachable or slow) since this sink started. */
    public long failedRounds() {
        return failedRounds.get();
    }

    /**
     * Keeps delivering for up to {@code closeTimeout}, then stops; undelivered events stay in the spool for the next
     * start.
     */
    @Override
    public void close() throws IOException {
        if (stopping) return;
        stopDeadlineNanos = System.nanoTime() + config.closeTimeout().toNanos();
        stopping = true;
        signal();
        try {
            drainer.join(config.closeTimeout().toMillis() + 100);
            if (drainer.isAlive()) {
                // Fail in-flight sends at once. No interrupt: it would close the spool's file channel under the drainer.
                Producer<byte[], byte[]> p = producer;
                if (p != null) p.close(Duration.ZERO);
                drainer.join(config.deliveryTimeout().toMillis() + 1_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        spool.close();
        if (spool.pendingRecords() > 0) {
            LOG.info("Kafka sink closed with {} turn events spooled in {}; they are sent after the next start",
                    spool.pendingRecords(), config.spoolDir());
        }
    }

    /** Asks the cluster for the topic's partitions once, so health is truthful before the first turn. */
    private void probe() {
        try {
            Producer<byte[], byte[]> p = newProducer();
            producer = p;
            int partitions = p.partitionsFor(config.topic()).size();
            LOG.info("Kafka sink: topic {} at {} has {} partitions", config.topic(), config.bootstrapServers(), partitions);
            up = true;
            lastError = null;
        } catch (RuntimeException e) {
            fail("Kafka not reachable at start: " + describe(e));
            closeProducer();
        }
    }

    private void drainLoop() {
        probe();
        long backoff = config.retryBackoff().toMillis();
        while (true) {
            if (stopping && (spool.pendingRecords() == 0 || System.nanoTime() > stopDeadlineNanos)) break;
            DiskSpool.Batch batch;
            try {
                batch = spool.peek(config.batchSize());
            } catch (IOException e) {
                fail("spool read failed: " + e);
                if (!pause(backoff)) break;
                continue;
            }
            if (batch.isEmpty()) {
                if (up) {
                    awaitSignal(200);
                } else { // idle but down: keep checking, so health turns up again without a turn
                    if (!pause(backoff)) break;
                    backoff = Math.min(backoff * 2, config.maxRetryBackoff().toMillis());
                    probe();
                }
                continue;
            }
            try {
                deliver(batch.records());
                // counted before the spool shrinks, so that "spool empty" never shows fewer delivered than it held
                delivered.addAndGet(batch.records().size());
                spool.commit(batch);
                if (!up) LOG.info("Kafka sink: delivery resumed, {} events still spooled", spool.pendingRecords());
                up = true;
                lastError = null;
                backoff = config.retryBackoff().toMillis();
            } catch (IOException | ExecutionException | TimeoutException | RuntimeException e) {
                fail(describe(e));
                closeProducer();
                if (!pause(backoff)) break;
                backoff = Math.min(backoff * 2, config.maxRetryBackoff().toMillis());
            } catch (InterruptedException e) {
                break;
            }
        }
        closeProducer();
    }

    /** Sends the records in order and waits until Kafka acknowledged every one of them. */
    private void deliver(List<byte[]> records) throws ExecutionException, InterruptedException, TimeoutException {
        Producer<byte[], byte[]> p = producer;
        if (p == null) producer = p = newProducer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
        for (byte[] framed : records) {
            ByteBuffer buf = ByteBuffer.wrap(framed);
            byte[] key = new byte[buf.getInt()];
            buf.get(key);
            byte[] value = new byte[buf.remaining()];
            buf.get(value);
            acks.add(p.send(new ProducerRecord<>(config.topic(), key.length == 0 ? null : key, value)));
        }
        long deadline = System.nanoTime() + config.deliveryTimeout().toNanos() + TimeUnit.SECONDS.toNanos(1);
        for (Future<RecordMetadata> ack : acks) {
            ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
    }

    private Producer<byte[], byte[]> newProducer() {
        long timeoutMs = config.deliveryTimeout().toMillis();
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "xiaobu-turn-events");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(500, timeoutMs / 2 - 10));
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeoutMs);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.max(500, timeoutMs / 2));
        props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
        props.putAll(config.producerOverrides());
        // Not overridable: these are the delivery guarantees this sink promises.
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaProducer<>(props);
    }

    private void closeProducer() {
        Producer<byte[], byte[]> p = producer;
        producer = null;
        if (p != null) {
            try {
                p.close(Duration.ZERO);
            } catch (RuntimeException e) {
                LOG.debug("closing the Kafka producer failed", e);
            }
        }
    }

    private void fail(String reason) {
        failedRounds.incrementAndGet();
        long now = System.nanoTime();
        if (up || now - lastWarnNanos > TimeUnit.SECONDS.toNanos(30)) {
            lastWarnNanos = now;
            LOG.warn("Kafka sink: delivery to {} failed ({}); {} events spooled, retrying", config.bootstrapServers(),
                    reason, spool.pendingRecords());
        }
        up = false;
        lastError = reason;
    }

    /** Sleeps for a retry backoff; false when the sink is closing and should stop trying. */
    private boolean pause(long millis) {
        if (stopping && System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis) > stopDeadlineNanos) return false;
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        try {
            long left;
            while (!stopping && (left = end - System.nanoTime()) > 0) {
                Thread.sleep(Math.max(1, Math.min(50, TimeUnit.NANOSECONDS.toMillis(left))));
            }
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    private void signal() {
        synchronized (wake) {
            workSignalled = true;
            wake.notifyAll();
        }
    }

    /** Waits until {@link #flush()} or {@link #close()} signals work, or {@code millis} pass. */
    private void awaitSignal(long millis) {
        synchronized (wake) {
            try {
                if (!workSignalled && !stopping) wake.wait(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            workSignalled = false;
        }
    }

    private static String describe(Throwable e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /** {@code [int keyLength][key][value]}: the spool keeps the record key beside the JSON. */
    static byte[] frame(String userId, byte[] json) {
        byte[] key = userId == null ? new byte[0] : userId.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(4 + key.length + json.length).putInt(key.length).put(key).put(json).array();
    }
}
