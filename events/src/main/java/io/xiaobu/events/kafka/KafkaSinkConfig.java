package io.xiaobu.events.kafka;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Where and how the Kafka sink delivers.
 *
 * @param bootstrapServers Kafka bootstrap servers, e.g. {@code 127.0.0.1:9092}
 * @param topic            the topic; records are keyed by {@code userId}
 * @param spoolDir         the write-ahead spool directory (one sink per directory)
 * @param segmentBytes     spool segment size before rolling
 * @param batchSize        records sent per delivery round before waiting for their acknowledgements
 * @param deliveryTimeout  how long one round may wait for acknowledgements before it is retried
 * @param retryBackoff     first pause after a failed round; doubles up to {@code maxRetryBackoff}
 * @param maxRetryBackoff  longest pause between retries while Kafka is down
 * @param closeTimeout     how long {@code close()} keeps delivering what is spooled before leaving it for next start
 * @param producerOverrides extra producer properties (they win over the defaults, except acks and idempotence)
 */
public record KafkaSinkConfig(String bootstrapServers, String topic, Path spoolDir, long segmentBytes, int batchSize,
                              Duration deliveryTimeout, Duration retryBackoff, Duration maxRetryBackoff,
                              Duration closeTimeout, Map<String, Object> producerOverrides) {

    public KafkaSinkConfig {
        if (bootstrapServers == null || bootstrapServers.isBlank()) throw new IllegalArgumentException("bootstrapServers is empty");
        if (topic == null || topic.isBlank()) throw new IllegalArgumentException("topic is empty");
        if (spoolDir == null) throw new IllegalArgumentException("spoolDir is missing");
        if (batchSize < 1) throw new IllegalArgumentException("batchSize must be >= 1");
        if (deliveryTimeout.toMillis() < 1000) throw new IllegalArgumentException("deliveryTimeout must be >= 1 s");
        producerOverrides = producerOverrides == null ? Map.of() : Map.copyOf(producerOverrides);
    }

    /** Production defaults: 8 MiB segments, 500-record rounds, 30 s delivery timeout, backoff 0.5 s to 10 s. */
    public static KafkaSinkConfig of(String bootstrapServers, String topic, Path spoolDir) {
        return new KafkaSinkConfig(bootstrapServers, topic, spoolDir, 8L << 20, 500, Duration.ofSeconds(30),
                Duration.ofMillis(500), Duration.ofSeconds(10), Duration.ofSeconds(5), Map.of());
    }

    public KafkaSinkConfig withDeliveryTimeout(Duration timeout) {
        return new KafkaSinkConfig(bootstrapServers, topic, spoolDir, segmentBytes, batchSize, timeout, retryBackoff,
                maxRetryBackoff, closeTimeout, producerOverrides);
    }

    public KafkaSinkConfig withRetryBackoff(Duration first, Duration max) {
        return new KafkaSinkConfig(bootstrapServers, topic, spoolDir, segmentBytes, batchSize, deliveryTimeout, first,
                max, closeTimeout, producerOverrides);
    }

    public KafkaSinkConfig withCloseTimeout(Duration timeout) {
        return new KafkaSinkConfig(bootstrapServers, topic, spoolDir, segmentBytes, batchSize, deliveryTimeout,
                retryBackoff, maxRetryBackoff, timeout, producerOverrides);
    }
}
