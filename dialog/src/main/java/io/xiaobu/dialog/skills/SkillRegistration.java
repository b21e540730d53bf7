package io.xiaobu.dialog.skills;

import io.xiaobu.dialog.model.FewShotLearner;
import io.xiaobu.skills.sdk.Skill;
import io.xiaobu.skills.sdk.model.InteractionModel;
import io.xiaobu.skills.sdk.model.InvalidModelException;
import io.xiaobu.skills.sdk.model.ModelError;
import io.xiaobu.skills.sdk.model.ModelLoader;
import io.xiaobu.skills.sdk.webhook.WebhookConfig;
import io.xiaobu.skills.sdk.webhook.WebhookSkillHandler;
import io.xiaobu.skills.sdk.webhook.UrlPolicy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Adds, lists and removes third-party skills at run time. A registered skill is a validated
 * interaction model plus a signed webhook; its rules are live on the next turn. Built-in skills
 * cannot be replaced or removed this way.
 */
public final class SkillRegistration {

    /** What a skill developer sends. */
    public record Request(String model, String webhookUrl, String secret, Integer budgetMs) {
    }

    /** The outcome: the registered skill, or every problem found (nothing is changed then). */
    public record Result(InteractionModel skill, List<ModelError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** A short description of an installed skill. */
    public record Summary(String id, String version, String description, boolean builtIn, List<String> intents,
                          List<String> devices) {
    }

    private final SkillCatalog catalog;
    private final Set<String> builtIn;
    private final boolean allowPrivateWebhooks;
    private final ModelLoader loader = new ModelLoader(ModelLoader.BUILTIN_MIN_SAMPLES);
    private final FewShotLearner fewShot;

    /**
     * @param allowPrivateWebhooks let webhooks point at loopback/private addresses (tests, on-premise)
     * @param fewShot              teaches the model a registered skill's intents without retraining; null without a model
     */
    public SkillRegistration(SkillCatalog catalog, Set<String> builtIn, boolean allowPrivateWebhooks, FewShotLearner fewShot) {
        this.catalog = catalog;
        this.builtIn = Set.copyOf(builtIn);
        this.allowPrivateWebhooks = allowPrivateWebhooks;
        this.fewShot = fewShot;
    }

    public Result register(Request request) {
        List<ModelError> errors = new ArrayList<>();
        if (request.model() == null || request.model().isBlank()) errors.add(error("model", "is required"));
        if (request.secret() == null || request.secret().length() < 16) {
            errors.add(error("webhook.secret", "is required, at least 16 characters"));
        }
        URI url = null;
        if (request.webhookUrl() == null) {
            errors.add(error("webhook.url", "is required"));
        } else {
            try {
                url = URI.create(request.webhookUrl());
                UrlPolicy.problem(url, allowPrivateWebhooks).ifPresent(p -> errors.add(error("webhook.url", p)));
            } catch (IllegalArgumentException e) {
                errors.add(error("webhook.url", "is not a URL"));
            }
        }
        if (request.budgetMs() != null && (request.budgetMs() < 100 || request.budgetMs() > 5000)) {
            errors.add(error("webhook.budgetMs", "must be between 100 and 5000"));
        }
        InteractionModel model = null;
        if (request.model() != null && !request.model().isBlank()) {
            try {
                model = loader.load(request.model(), "model");
                if (builtIn.contains(model.id())) errors.add(error("id", "'" + model.id() + "' is a built-in skill"));
            } catch (InvalidModelException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) return new Result(null, errors);
        WebhookConfig config = WebhookConfig.of(url, request.secret());
        if (allowPrivateWebhooks) config = config.allowingPrivateNetworks();
        if (request.budgetMs() != null) config = config.withBudget(Duration.ofMillis(request.budgetMs()));
        Skill skill = new Skill(model, new WebhookSkillHandler(config));
        catalog.register(skill);
        if (fewShot != null) fewShot.learn(skill);
        return new Result(model, List.of());
    }

    public List<Summary> list() {
        return catalog.runtime().skills().stream().map(this::summary).toList();
    }

    public Optional<Summary> get(String id) {
        return catalog.skill(id).map(this::summary);
    }

    public boolean isBuiltIn(String id) {
        return builtIn.contains(id);
    }

    /** Removes a registered (not built-in) skill; false when there is none by that id. */
    public boolean remove(String id) {
        if (builtIn.contains(id)) throw new IllegalArgumentException("'" + id + "' is a built-in skill");
        if (fewShot != null) fewShot.forget(id);
        return catalog.unregister(id);
    }

    private Summary summary(Skill s) {
        InteractionModel m = s.model();
        Collection<String> intents = m.intents().stream().map(i -> i.name()).toList();
        return new Summary(m.id(), m.version(), m.description(), builtIn.contains(m.id()), List.copyOf(intents), m.devices());
    }

    private static ModelError error(String field, String message) {
        return new ModelError("request", 0, 0, field, message);
    }
}
