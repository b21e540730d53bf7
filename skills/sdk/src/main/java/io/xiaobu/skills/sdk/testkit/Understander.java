package io.xiaobu.skills.sdk.testkit;

import java.util.Map;
import java.util.Optional;

/**
 * The pluggable understanding step of the test kit: the service plugs in its real pipeline;
 * {@link TemplateUnderstander} matches the models' own sample templates.
 */
@FunctionalInterface
public interface Understander {

    /**
     * @param utterance what the user said
     * @param session   the session attributes so far (pending questions live there)
     */
    Optional<Interpretation> understand(String utterance, Map<String, Object> session);
}
