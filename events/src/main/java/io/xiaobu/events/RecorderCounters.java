package io.xiaobu.events;

/**
 * A snapshot of the recorder's counters since start, for metrics.
 *
 * @param recorded        events handed to {@link TurnRecorder#record}
 * @param published       events every sink accepted
 * @param spilled         events that went to the overflow spool because the queue was full
 * @param failed          events at least one sink failed on (or that could not even be spilled)
 * @param queued          events in the in-memory queue now
 * @param overflowPending events in the overflow spool now
 * @param sinkBacklog     events the sinks accepted but have not yet delivered (the Kafka spool while Kafka is away)
 */
public record RecorderCounters(long recorded, long published, long spilled, long failed, long queued,
                               long overflowPending, long sinkBacklog) {}
