package io.xiaobu.skills.sdk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a skill answers: words to show and say, device directives, and dialogue control.
 *
 * @param text          screen text, or {@code null} (speakers get none)
 * @param tts           what to say
 * @param brief         a shorter form for small screens (watches), or {@code null}
 * @param directives    device actions, in order
 * @param askSlot       the slot the skill asks for next, or {@code null}
 * @param confirm       whether the skill waits for a yes/no
 * @param endSession    whether the conversation with the skill is over
 * @param session       session attributes to keep (a {@code null} value removes the key)
 * @param outcome       how the turn ended
 * @param failureReason why it failed (for the turn event), or {@code null}
 */
public record SkillResponse(String text, String tts, String brief, List<Directive> directives, String askSlot,
                            boolean confirm, boolean endSession, Map<String, Object> session, Outcome outcome,
                            String failureReason) {

    public SkillResponse {
        directives = directives == null ? List.of() : List.copyOf(directives);
        session = session == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(session));
        outcome = outcome == null ? Outcome.DONE : outcome;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A polite failure the user hears, with the reason kept for the event log. */
    public static SkillResponse failure(String userMessage, String reason) {
        return builder().say(userMessage).failed(reason).build();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.text = text; b.tts = tts; b.brief = brief; b.directives.addAll(directives); b.askSlot = askSlot;
        b.confirm = confirm; b.endSession = endSession; b.session.putAll(session); b.outcome = outcome;
        b.failureReason = failureReason;
        return b;
    }

    public boolean hasDirective(String type) {
        return directives.stream().anyMatch(d -> d.type().equals(type));
    }

    /** Fluent builder used by handlers. */
    public static final class Builder {
        private String text, tts, brief, askSlot, failureReason;
        private boolean confirm, endSession = true;
        private final List<Directive> directives = new ArrayList<>();
        private final Map<String, Object> session = new LinkedHashMap<>();
        private Outcome outcome;

        /** Shows and says the same words. */
        public Builder say(String words) { text = words; tts = words; return this; }
        public Builder text(String v) { text = v; return this; }
        public Builder tts(String v) { tts = v; return this; }
        /** Short form for watches. */
        public Builder brief(String v) { brief = v; return this; }
        public Builder directive(Directive d) { if (d != null) directives.add(d); return this; }

        /** Asks the user for a slot; keeps the session open. */
        public Builder askFor(String slot, String prompt) {
            askSlot = slot; say(prompt); endSession = false; outcome = Outcome.ASK_SLOT; return this;
        }

        /** Asks the user to confirm the current intent; keeps the session open. */
        public Builder confirm(String prompt) {
            confirm = true; say(prompt); endSession = false; outcome = Outcome.CONFIRM; return this;
        }

        public Builder endSession(boolean v) { endSession = v; return this; }
        public Builder session(String key, Object value) { session.put(key, value); return this; }
        public Builder unsupported(String userMessage) { say(userMessage); outcome = Outcome.UNSUPPORTED; return this; }
        public Builder failed(String reason) { failureReason = reason; outcome = Outcome.FAILED; return this; }
        public Builder outcome(Outcome v) { outcome = v; return this; }

        public SkillResponse build() {
            return new SkillResponse(text, tts, brief, directives, askSlot, confirm, endSession, session, outcome, failureReason);
        }
    }
}
