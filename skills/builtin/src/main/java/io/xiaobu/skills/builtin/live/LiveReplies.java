package io.xiaobu.skills.builtin.live;

import io.xiaobu.skills.sdk.SkillResponse;

/** The plain replies every live-data skill gives when there is no data: never invented numbers. */
public final class LiveReplies {

    private LiveReplies() {
    }

    /** A reply for a result that is not {@code OK}, naming the service in Chinese. */
    public static SkillResponse unavailable(LiveResult result, String serviceName, String notFound) {
        return switch (result.status()) {
            case NOT_CONNECTED -> SkillResponse.builder().say("抱歉，" + serviceName + "服务还没有接入，暂时查不到。").failed(result.detail()).build();
            case NOT_FOUND -> SkillResponse.builder().say(notFound).build();
            default -> SkillResponse.builder().say("抱歉，" + serviceName + "服务暂时连不上，请稍后再试。").failed(result.detail()).build();
        };
    }

    public static String text(com.fasterxml.jackson.databind.JsonNode n, String field) {
        com.fasterxml.jackson.databind.JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
