package io.xiaobu.skills.sdk;

import io.xiaobu.skills.sdk.model.InteractionModel;

/** A skill: its interaction model plus the handler that fulfils it. */
public record Skill(InteractionModel model, SkillHandler handler) {

    public Skill {
        if (model == null || handler == null) throw new IllegalArgumentException("a skill needs a model and a handler");
    }

    public String id() {
        return model.id();
    }
}
