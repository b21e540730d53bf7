package io.xiaobu.app.health;

import io.xiaobu.app.AssistantHolder;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.Readiness;

/** Readiness of the assistant's events. */
@Readiness
@Singleton
public class EventsHealthCheck extends PartHealthCheck {

    public EventsHealthCheck(AssistantHolder assistant) {
        super(assistant, "events");
    }
}
