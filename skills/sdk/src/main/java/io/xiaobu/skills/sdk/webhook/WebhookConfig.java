package io.xiaobu.skills.sdk.webhook;

import java.net.URI;
import java.time.Duration;

/**
 * How to call one remote skill.
 *
 * @param url                  the webhook endpoint (https; see {@link UrlPolicy})
 * @param secret               shared HMAC-SHA256 secret
 * @param budget               the most a turn may spend on this skill, retries included (default 1.5 s)
 * @param maxRetries           extra attempts, only for failures where the request provably was not processed
 * @param breakerFailures      consecutive failures that open the circuit
 * @param breakerCooldown      how long an open circuit refuses calls before one probe is let through
 * @param allowPrivateNetworks allow loopback, link-local and private addresses and plain http (tests, on-premise)
 * @param safetyMargin         time kept back from the budget for late timer wake-ups and building the failure reply (default 50 ms)
 * @param maxResponseBytes     larger responses are refused
 */
public record WebhookConfig(URI url, String secret, Duration budget, int maxRetries, int breakerFailures,
                            Duration breakerCooldown, boolean allowPrivateNetworks, Duration safetyMargin, int maxResponseBytes) {

    public static final Duration DEFAULT_BUDGET = Duration.ofMillis(1500);

    public WebhookConfig {
        if (url == null) throw new IllegalArgumentException("webhook url is required");
        if (secret == null || secret.length() < 16) throw new IllegalArgumentException("webhook secret must have at least 16 characters");
        if (budget == null || budget.isNegative() || budget.isZero()) throw new IllegalArgumentException("budget must be positive");
    }

    /** Defaults: 1.5 s budget (50 ms of it kept as safety margin), 1 retry, circuit opens after 5 failures for 30 s, public https only. */
    public static WebhookConfig of(URI url, String secret) {
        return new WebhookConfig(url, secret, DEFAULT_BUDGET, 1, 5, Duration.ofSeconds(30), false, Duration.ofMillis(50), 256 * 1024);
    }

    public WebhookConfig withBudget(Duration d) {
        return new WebhookConfig(url, secret, d, maxRetries, breakerFailures, breakerCooldown, allowPrivateNetworks, safetyMargin, maxResponseBytes);
    }

    public WebhookConfig allowingPrivateNetworks() {
        return new WebhookConfig(url, secret, budget, maxRetries, breakerFailures, breakerCooldown, true, safetyMargin, maxResponseBytes);
    }

    public WebhookConfig withBreaker(int failures, Duration cooldown) {
        return new WebhookConfig(url, secret, budget, maxRetries, failures, cooldown, allowPrivateNetworks, safetyMargin, maxResponseBytes);
    }

    public WebhookConfig withRetries(int retries) {
        return new WebhookConfig(url, secret, budget, retries, breakerFailures, breakerCooldown, allowPrivateNetworks, safetyMargin, maxResponseBytes);
    }
}
