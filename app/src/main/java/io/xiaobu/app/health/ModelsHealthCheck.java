package io.xiaobu.app.health;

import io.xiaobu.app.AssistantHolder;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.Readiness;

/** Readiness of the assistant's models. */
@Readiness
@Singleton
public class ModelsHealthCheck extends PartHealthCheck {

    public ModelsHealthCheck(AssistantHolder assistant) {
        super(assistant, "models");
    }
}
