package io.xiaobu.skills.builtin.live;

import java.util.Map;

/**
 * Fetches live data (weather, stocks, news, flights, trains) from an outside service. The protocol is
 * documented in {@code docs/skills/live-data-protocol.md}; {@link HttpLiveDataProvider} speaks it.
 * Implementations never throw: failures come back as {@link LiveResult.Status#FAILED}.
 */
@FunctionalInterface
public interface LiveDataProvider {

    LiveResult fetch(String service, Map<String, String> query);

    /** The provider used when none is configured: every call says so. */
    static LiveDataProvider notConnected() {
        return (service, query) -> LiveResult.notConnected(service);
    }
}
