package io.xiaobu.skills.sdk;

import java.util.List;

/**
 * Supplies skills to a runtime; discovered with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/io.xiaobu.skills.sdk.SkillProvider}). Providers need a no-arg constructor.
 */
public interface SkillProvider {
    List<Skill> skills();
}
