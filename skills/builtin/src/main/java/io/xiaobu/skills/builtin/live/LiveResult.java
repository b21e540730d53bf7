package io.xiaobu.skills.builtin.live;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a live-data call returned.
 *
 * @param status what happened
 * @param data   the provider's {@code data} object when {@code OK}, else {@code null}
 * @param detail why it failed (for the turn event), or {@code null}
 */
public record LiveResult(Status status, JsonNode data, String detail) {

    /** Outcome of a live-data call. */
    public enum Status { OK, NOT_FOUND, NOT_CONNECTED, FAILED }

    public static LiveResult notConnected(String service) {
        return new LiveResult(Status.NOT_CONNECTED, null, "live data service not configured: " + service);
    }
}
