package io.xiaobu.app.health;

import io.xiaobu.app.AssistantHolder;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.Readiness;

/** Readiness of the assistant's indexes. */
@Readiness
@Singleton
public class IndexesHealthCheck extends PartHealthCheck {

    public IndexesHealthCheck(AssistantHolder assistant) {
        super(assistant, "indexes");
    }
}
