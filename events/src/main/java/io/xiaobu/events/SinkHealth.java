package io.xiaobu.events;

/**
 * The state of one sink for readiness checks and metrics.
 *
 * @param sink    the sink's name
 * @param up      whether events currently reach their destination
 * @param pending events accepted but not yet at the destination (e.g. waiting in the Kafka spool)
 * @param detail  a human-readable reason, e.g. the last delivery error
 */
public record SinkHealth(String sink, boolean up, long pending, String detail) {}
