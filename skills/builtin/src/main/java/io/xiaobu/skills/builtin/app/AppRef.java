package io.xiaobu.skills.builtin.app;

/**
 * An installed or installable app.
 *
 * @param name        its display name
 * @param packageName Android package name
 * @param entityId    knowledge-graph id, or {@code null}
 */
public record AppRef(String name, String packageName, String entityId) {
}
