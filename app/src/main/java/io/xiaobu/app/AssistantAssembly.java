package io.xiaobu.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.xiaobu.dialog.Assistant;
import io.xiaobu.dialog.assembly.AssistantFactory;
import io.xiaobu.dialog.assembly.AssistantSettings;
import io.xiaobu.dialog.session.SessionStore;

import java.nio.file.Path;

/** Maps the service configuration to the assistant's settings and adds the service's metrics. */
final class AssistantAssembly {

    private final XiaobuConfig config;
    private final MeterRegistry meters;

    AssistantAssembly(XiaobuConfig config, MeterRegistry meters) {
        this.config = config;
        this.meters = meters;
    }

    Assistant build() {
        XiaobuConfig.Graph g = config.graph();
        AssistantSettings settings = new AssistantSettings(Path.of(config.workDir()).toAbsolutePath(),
                Path.of(config.dataDir()).toAbsolutePath().normalize(), Path.of(config.modelsDir()).toAbsolutePath(),
                config.maxTextChars(),
                new SessionStore.Settings(config.sessions().idleTimeout(), config.sessions().maxSessions(),
                        config.sessions().maxHistory()),
                config.retry().window(), config.retry().maxRemembered(),
                new AssistantSettings.Events(config.events().kafkaBootstrap().orElse(null), config.events().kafkaTopic()),
                new AssistantSettings.Graph(g.mode(), g.uri().orElse(null), g.user(), g.password().orElse(null),
                        Path.of(g.serverLib()).toAbsolutePath(), Path.of(g.databaseDir()).toAbsolutePath()),
                config.allowPrivateWebhooks(), config.nluModels());
        return new AssistantFactory(settings, System.out).assemble(new RecorderMetrics(meters))
                .listener(new MetricsListener(meters))
                .build();
    }
}
