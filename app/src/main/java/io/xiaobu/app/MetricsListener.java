package io.xiaobu.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.xiaobu.dialog.api.TurnResponse;
import io.xiaobu.dialog.pipeline.TurnContext;
import io.xiaobu.dialog.pipeline.TurnListener;

import java.time.Duration;

/**
 * Prometheus metrics per turn: latency histograms per stage, turns by outcome / skill / intent,
 * rejections by reason, and pipeline errors.
 */
final class MetricsListener implements TurnListener {

    private final MeterRegistry meters;

    MetricsListener(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void turnEnded(TurnContext turn, TurnResponse response) {
        long total = 0;
        for (TurnContext.StageTrace t : turn.trace()) {
            total += t.micros();
            stageTimer(t.stage()).record(Duration.ofNanos(t.micros() * 1_000));
        }
        stageTimer("total").record(Duration.ofNanos(total * 1_000));
        Counter.builder("xiaobu.turns").description("Turns by outcome, skill and intent")
                .tag("outcome", response.outcome().wireName())
                .tag("skill", response.skill() == null ? "none" : response.skill())
                .tag("intent", response.intent() == null ? "none" : response.intent())
                .register(meters).increment();
        if (turn.rejectionReason() != null) {
            Counter.builder("xiaobu.rejections").description("Inputs rejected as not meant for the assistant")
                    .tag("reason", reasonClass(turn.rejectionReason())).register(meters).increment();
        }
    }

    @Override
    public void turnFailed(TurnContext turn, Throwable error) {
        Counter.builder("xiaobu.turn.errors").description("Turns that failed on the server side")
                .tag("error", error.getClass().getSimpleName()).register(meters).increment();
    }

    private Timer stageTimer(String stage) {
        return Timer.builder("xiaobu.stage.latency").description("Latency of each pipeline stage")
                .tag("stage", stage).publishPercentileHistogram().register(meters);
    }

    /** Bounded tag values: the first words of the reason, not the numbers in it. */
    private static String reasonClass(String reason) {
        if (reason.startsWith("recogniser confidence")) return "low_asr_confidence";
        if (reason.startsWith("echo")) return "tts_echo";
        if (reason.startsWith("only filler")) return "filler";
        if (reason.startsWith("no words")) return "no_words";
        return "model";
    }
}
