package io.xiaobu.app.health;

import io.xiaobu.app.AssistantHolder;
import io.xiaobu.dialog.PartStatus;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** Readiness of one part of the assistant, reported with its detail; subclasses name the part. */
abstract class PartHealthCheck implements HealthCheck {

    private final AssistantHolder assistant;
    private final String part;

    PartHealthCheck(AssistantHolder assistant, String part) {
        this.assistant = assistant;
        this.part = part;
    }

    @Override
    public HealthCheckResponse call() {
        PartStatus s = assistant.get().health(part);
        return HealthCheckResponse.named(part).status(s.up())
                .withData("configured", s.configured()).withData("detail", s.detail()).build();
    }
}
