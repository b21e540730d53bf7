package io.xiaobu.skills.sdk;

/**
 * The code behind a skill. Called once per turn routed to the skill, after the runtime has filled
 * the required slots and obtained confirmation. Must not throw for user input; infrastructure
 * failures may throw and become a polite failure.
 */
@FunctionalInterface
public interface SkillHandler {
    SkillResponse handle(SkillRequest request) throws Exception;
}
