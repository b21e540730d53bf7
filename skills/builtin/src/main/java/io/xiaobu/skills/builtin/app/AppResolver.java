package io.xiaobu.skills.builtin.app;

import java.util.Optional;

/**
 * Resolves what the user called an app ("微信", "wechat", "qq浏览器") to a package. The service
 * implements this with the knowledge graph; {@link BuiltinAppCatalog} is a small fallback.
 */
@FunctionalInterface
public interface AppResolver {

    /**
     * @param name     the app as the user said it (or its normalised slot value)
     * @param entityId the linked graph entity, or {@code null}
     */
    Optional<AppRef> resolve(String name, String entityId);

    /** This resolver, then {@code next} when this one finds nothing. */
    default AppResolver orElse(AppResolver next) {
        return (name, id) -> resolve(name, id).or(() -> next.resolve(name, id));
    }
}
