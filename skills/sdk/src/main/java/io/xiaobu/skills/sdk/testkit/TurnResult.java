package io.xiaobu.skills.sdk.testkit;

import io.xiaobu.skills.sdk.Directive;
import io.xiaobu.skills.sdk.Outcome;
import io.xiaobu.skills.sdk.SkillResponse;
import io.xiaobu.skills.sdk.SlotValue;

import java.util.Objects;

/**
 * One turn of a {@link SkillTester}, with fluent assertions that throw {@link AssertionError}
 * naming what was expected and what came back.
 *
 * @param utterance      what was said (or a description of the direct call)
 * @param interpretation what the understanding step produced (or the direct intent and slots)
 * @param response       what the runtime answered
 */
public record TurnResult(String utterance, Interpretation interpretation, SkillResponse response) {

    private AssertionError fail(String what) {
        return new AssertionError("\"" + utterance + "\": " + what + "\n  understood: " + interpretation
                + "\n  reply: " + response.tts() + " | outcome " + response.outcome() + " | directives " + response.directives()
                + (response.failureReason() == null ? "" : " | failure " + response.failureReason()));
    }

    public TurnResult assertIntent(String intent) {
        if (interpretation == null || !Objects.equals(interpretation.intent(), intent)) throw fail("expected intent " + intent);
        return this;
    }

    public TurnResult assertSkill(String skill) {
        if (interpretation == null || !Objects.equals(interpretation.skillId(), skill)) throw fail("expected skill " + skill);
        return this;
    }

    public TurnResult assertSlot(String name, String value) {
        boolean ok = interpretation != null && interpretation.slots().stream()
                .anyMatch(s -> s.name().equals(name) && (value.equals(s.normalized()) || value.equals(s.raw())));
        if (!ok) throw fail("expected slot " + name + "=" + value);
        return this;
    }

    public TurnResult assertReplyContains(String words) {
        String all = (response.tts() == null ? "" : response.tts()) + "\n" + (response.text() == null ? "" : response.text());
        if (!all.contains(words)) throw fail("expected the reply to contain \"" + words + "\"");
        return this;
    }

    public TurnResult assertReplyDoesNotContain(String words) {
        String all = (response.tts() == null ? "" : response.tts()) + "\n" + (response.text() == null ? "" : response.text());
        if (all.contains(words)) throw fail("expected the reply not to contain \"" + words + "\"");
        return this;
    }

    public TurnResult assertDirective(String type) {
        directive(type);
        return this;
    }

    /** Asserts a directive of {@code type} whose payload has {@code key=value}. */
    public TurnResult assertDirective(String type, String key, Object value) {
        Directive d = directive(type);
        if (!Objects.equals(String.valueOf(d.get(key)), String.valueOf(value))) throw fail("expected " + type + "." + key + "=" + value);
        return this;
    }

    public TurnResult assertNoDirectives() {
        if (!response.directives().isEmpty()) throw fail("expected no directives");
        return this;
    }

    public TurnResult assertAsksFor(String slot) {
        if (!Objects.equals(response.askSlot(), slot)) throw fail("expected a question for slot " + slot);
        return this;
    }

    public TurnResult assertAsksForConfirmation() {
        if (!response.confirm()) throw fail("expected a confirmation question");
        return this;
    }

    public TurnResult assertOutcome(Outcome outcome) {
        if (response.outcome() != outcome) throw fail("expected outcome " + outcome);
        return this;
    }

    public Directive directive(String type) {
        return response.directives().stream().filter(d -> d.type().equals(type)).findFirst()
                .orElseThrow(() -> fail("expected a " + type + " directive"));
    }

    public String slot(String name) {
        return interpretation == null ? null : interpretation.slots().stream().filter(s -> s.name().equals(name))
                .map(SlotValue::normalized).findFirst().orElse(null);
    }
}
