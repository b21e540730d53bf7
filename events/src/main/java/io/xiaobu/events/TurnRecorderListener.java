package io.xiaobu.events;

/**
 * Telemetry callbacks of the {@link TurnRecorder}, for metrics. Like OkHttp's {@code EventListener}: calls come in
 * pairs (start, then end or failed), must be fast, must do no I/O, and must not throw (exceptions are swallowed).
 * {@code recorded}/{@code spilled} run on the turn thread; the others on the recorder's worker thread.
 */
public interface TurnRecorderListener {

    TurnRecorderListener NONE = new TurnRecorderListener() {};

    /** The event was queued in memory for the sinks. */
    default void recorded(TurnEvent event) {}

    /** The queue was full (or still draining an earlier overflow): the event went to the overflow spool instead. */
    default void spilled(TurnEvent event) {}

    /** A sink is about to receive the event. */
    default void publishStart(String sink, TurnEvent event) {}

    /** The sink accepted the event after {@code micros}. */
    default void publishEnd(String sink, TurnEvent event, long micros) {}

    /** The sink failed on the event; it is not retried by the recorder (the Kafka sink retries on its own). */
    default void publishFailed(String sink, TurnEvent event, Throwable error) {}
}
