package io.xiaobu.skills.sdk;

/** Runs after a handler; may rewrite the response (e.g. adapt to the device, audit). */
@FunctionalInterface
public interface ResponseInterceptor {
    SkillResponse intercept(SkillRequest request, SkillResponse response);
}
