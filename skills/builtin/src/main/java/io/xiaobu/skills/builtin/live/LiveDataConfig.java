package io.xiaobu.skills.builtin.live;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the live-data service is.
 *
 * @param baseUrl base URL, e.g. {@code https://data.example.com}; requests go to {@code <base>/v1/<service>}
 * @param apiKey  sent as {@code Authorization: Bearer <key>}
 * @param timeout per-request time limit
 */
public record LiveDataConfig(URI baseUrl, String apiKey, Duration timeout) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(1500);

    /**
     * Reads {@code xiaobu.live.url} / {@code xiaobu.live.key} (system properties) or
     * {@code XIAOBU_LIVE_URL} / {@code XIAOBU_LIVE_KEY} (environment); empty when no URL is set.
     */
    public static Optional<LiveDataConfig> fromEnvironment() {
        String url = System.getProperty("xiaobu.live.url", System.getenv("XIAOBU_LIVE_URL"));
        String key = System.getProperty("xiaobu.live.key", System.getenv("XIAOBU_LIVE_KEY"));
        if (url == null || url.isBlank()) return Optional.empty();
        return Optional.of(new LiveDataConfig(URI.create(url.strip()), key == null ? "" : key.strip(), DEFAULT_TIMEOUT));
    }
}
