package io.xiaobu.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.xiaobu.dialog.Assistant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Owns the one {@link Assistant} of the service: assembled at start-up from the configuration
 * (showing progress), closed at shutdown with everything it started.
 */
@ApplicationScoped
public class AssistantHolder {

    private static final Logger LOG = Logger.getLogger(AssistantHolder.class);

    private final XiaobuConfig config;
    private final MeterRegistry meters;
    private volatile Assistant assistant;

    public AssistantHolder(XiaobuConfig config, MeterRegistry meters) {
        this.config = config;
        this.meters = meters;
    }

    void onStart(@Observes StartupEvent event) {
        get();
    }

    void onStop(@Observes ShutdownEvent event) {
        Assistant a = assistant;
        if (a != null) {
            LOG.info("stopping the assistant and everything it started");
            a.close();
        }
    }

    public Assistant get() {
        Assistant a = assistant;
        if (a == null) {
            synchronized (this) {
                a = assistant;
                if (a == null) {
                    a = new AssistantAssembly(config, meters).build();
                    assistant = a;
                }
            }
        }
        return a;
    }
}
