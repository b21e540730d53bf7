package io.xiaobu.skills.sdk;

/** Runs before a handler; may rewrite the request (e.g. fill defaults, log, enforce quotas). */
@FunctionalInterface
public interface RequestInterceptor {
    SkillRequest intercept(SkillRequest request);
}
