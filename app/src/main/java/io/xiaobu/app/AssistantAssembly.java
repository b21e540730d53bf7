package io.xiaobu.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.xiaobu.dialog.Assistant;
import io.xiaobu.dialog.session.SessionStore;
import org.jboss.logging.Logger;

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
        Assistant.Builder b = Assistant.builder()
                .maxTextChars(config.maxTextChars())
                .sessions(new SessionStore.Settings(config.sessions().idleTimeout(), config.sessions().maxSessions(),
                        config.sessions().maxHistory()))
                .retry(config.retry().window(), config.retry().maxRemembered())
                .listener(new MetricsListener(meters));
        LOG.info("[1/1] pipeline assembled");
        return b.build();
    }
}
