package io.xiaobu.skills.builtin.common;

import io.xiaobu.skills.sdk.SkillHandler;
import io.xiaobu.skills.sdk.SkillRequest;
import io.xiaobu.skills.sdk.SkillResponse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A handler that dispatches each intent to its own method: {@code on("alarm.set", this::set)}. */
public class IntentRouter implements SkillHandler {

    private final Map<String, SkillHandler> routes = new LinkedHashMap<>();

    protected final IntentRouter on(String intent, SkillHandler handler) {
        routes.put(intent, handler);
        return this;
    }

    public Set<String> intents() {
        return routes.keySet();
    }

    @Override
    public SkillResponse handle(SkillRequest request) throws Exception {
        SkillHandler h = routes.get(request.intent());
        if (h == null) return SkillResponse.failure("抱歉，这个我还不会。", "no route for intent " + request.intent());
        return h.handle(request);
    }
}
