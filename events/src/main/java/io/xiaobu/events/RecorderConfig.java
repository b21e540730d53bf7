package io.xiaobu.events;

import java.nio.file.Path;

/**
 * How turns are recorded: always to a rotated local JSONL log, and to Kafka when bootstrap servers are given.
 *
 * @param logDir          directory of the JSONL turn log
 * @param rotateBytes     a log file is rolled before it passes this size (files also roll at midnight UTC)
 * @param keepFiles       how many JSONL files to keep
 * @param kafkaBootstrap  Kafka bootstrap servers, or {@code null} to record to the local log only
 * @param topic           the Kafka topic (keyed by userId)
 * @param spoolDir        the Kafka write-ahead spool; the recorder's overflow spool lives in {@code spoolDir/overflow}
 * @param queueCapacity   events the in-memory queue holds before further events spill to the overflow spool
 */
public record RecorderConfig(Path logDir, long rotateBytes, int keepFiles, String kafkaBootstrap, String topic,
                             Path spoolDir, int queueCapacity) {

    public RecorderConfig {
        if (logDir == null || spoolDir == null) throw new IllegalArgumentException("logDir and spoolDir are required");
        if (queueCapacity < 1) throw new IllegalArgumentException("queueCapacity must be >= 1");
        if (kafkaBootstrap != null && kafkaBootstrap.isBlank()) kafkaBootstrap = null;
        topic = topic == null || topic.isBlank() ? DEFAULT_TOPIC : topic;
    }

    public static final String DEFAULT_TOPIC = "xiaobu.turns.v1";

    /**
     * The embedded default under a work directory: {@code <work>/events/log} (64 MiB files, 30 kept),
     * {@code <work>/events/spool}, a 10,000-event queue, no Kafka.
     */
    public static RecorderConfig localDefaults(Path workDir) {
        Path base = workDir.resolve("events");
        return new RecorderConfig(base.resolve("log"), 64L << 20, 30, null, DEFAULT_TOPIC, base.resolve("spool"), 10_000);
    }

    /** The same, also publishing to Kafka at {@code bootstrap} on {@code topic}. */
    public RecorderConfig withKafka(String bootstrap, String kafkaTopic) {
        return new RecorderConfig(logDir, rotateBytes, keepFiles, bootstrap, kafkaTopic, spoolDir, queueCapacity);
    }

    public boolean kafkaEnabled() {
        return kafkaBootstrap != null;
    }
}
