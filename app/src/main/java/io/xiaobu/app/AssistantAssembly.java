package io.xiaobu.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.xiaobu.dialog.Assistant;
import io.xiaobu.dialog.PartStatus;
import io.xiaobu.dialog.record.TurnEventListener;
import io.xiaobu.dialog.session.SessionStore;
import io.xiaobu.events.RecorderConfig;
import io.xiaobu.events.SinkHealth;
import io.xiaobu.events.TurnRecorder;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the assistant from the service configuration, one part at a time, saying what it does. */
final class AssistantAssembly {

    private static final Logger LOG = Logger.getLogger(AssistantAssembly.class);

    private final XiaobuConfig config;
    private final MeterRegistry meters;

    AssistantAssembly(XiaobuConfig config, MeterRegistry meters) {
        this.config = config;
        this.meters = meters;
    }

    Assistant build() {
        Path work = Path.of(config.workDir()).toAbsolutePath();
        Assistant.Builder b = Assistant.builder()
                .maxTextChars(config.maxTextChars())
                .sessions(new SessionStore.Settings(config.sessions().idleTimeout(), config.sessions().maxSessions(),
                        config.sessions().maxHistory()))
                .retry(config.retry().window(), config.retry().maxRemembered())
                .listener(new MetricsListener(meters));
        events(b, work);
        return b.build();
    }

    private void events(Assistant.Builder b, Path work) {
        RecorderConfig rc = RecorderConfig.localDefaults(work);
        if (config.events().kafkaBootstrap().isPresent()) {
            rc = rc.withKafka(config.events().kafkaBootstrap().get(), config.events().kafkaTopic());
        }
        TurnRecorder recorder;
        try {
            recorder = TurnRecorder.open(rc, new RecorderMetrics(meters));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the turn event log under " + rc.logDir(), e);
        }
        b.listener(new TurnEventListener(recorder, Map.of())).owns(recorder)
                .health("events", () -> eventsHealth(recorder.health()));
        LOG.infof("events: JSONL log in %s%s", rc.logDir(),
                rc.kafkaEnabled() ? ", Kafka " + rc.kafkaBootstrap() + " topic " + rc.topic() : " (Kafka not configured)");
    }

    private static PartStatus eventsHealth(List<SinkHealth> sinks) {
        String detail = sinks.stream().map(s -> s.sink() + (s.up() ? " up" : " down") + (s.pending() > 0 ? ", "
                + s.pending() + " pending" : "") + (s.detail() == null ? "" : " (" + s.detail() + ")"))
                .collect(Collectors.joining("; "));
        // The turn log must be writable; Kafka being down only delays delivery (events wait in the spool).
        boolean logUp = sinks.stream().filter(s -> !s.sink().contains("kafka")).allMatch(SinkHealth::up);
        return logUp ? PartStatus.up(detail) : PartStatus.down(detail);
    }
}
