package io.xiaobu.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.xiaobu.events.TurnEvent;
import io.xiaobu.events.TurnRecorderListener;

import java.time.Duration;

/** Metrics of the event recorder: events queued, spilled to the spool, published and failed per sink. */
final class RecorderMetrics implements TurnRecorderListener {

    private final MeterRegistry meters;
    private final Counter recorded;
    private final Counter spilled;

    RecorderMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.recorded = Counter.builder("xiaobu.events.recorded").description("Turn events queued").register(meters);
        this.spilled = Counter.builder("xiaobu.events.spilled").description("Turn events spilled to the overflow spool").register(meters);
    }

    @Override
    public void recorded(TurnEvent event) {
        recorded.increment();
    }

    @Override
    public void spilled(TurnEvent event) {
        spilled.increment();
    }

    @Override
    public void publishEnd(String sink, TurnEvent event, long micros) {
        Timer.builder("xiaobu.events.publish").tag("sink", sink).register(meters).record(Duration.ofNanos(micros * 1000));
    }

    @Override
    public void publishFailed(String sink, TurnEvent event, Throwable error) {
        Counter.builder("xiaobu.events.failed").tag("sink", sink).register(meters).increment();
    }
}
