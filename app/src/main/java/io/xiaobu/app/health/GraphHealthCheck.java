package io.xiaobu.app.health;

import io.xiaobu.app.AssistantHolder;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.Readiness;

/** Readiness of the assistant's graph. */
@Readiness
@Singleton
public class GraphHealthCheck extends PartHealthCheck {

    public GraphHealthCheck(AssistantHolder assistant) {
        super(assistant, "graph");
    }
}
