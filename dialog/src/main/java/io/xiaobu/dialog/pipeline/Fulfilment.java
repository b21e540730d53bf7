package io.xiaobu.dialog.pipeline;

import io.xiaobu.dialog.api.Outcome;
import io.xiaobu.dialog.api.TurnResponse;
import io.xiaobu.nlu.Slot;

import java.util.List;

/**
 * What the turn ends with once it is decided: the outcome, who answered, what to say and do.
 *
 * @param text the reply in Chinese as shown on a screen; {@code tts} what is spoken (often the same)
 */
public record Fulfilment(Outcome outcome, String skill, String intent, List<Slot> slots, String text, String tts,
                         List<TurnResponse.Directive> directives, double confidence) {

    public Fulfilment {
        slots = slots == null ? List.of() : List.copyOf(slots);
        directives = directives == null ? List.of() : List.copyOf(directives);
    }

    /** A reply with no action: chat, knowledge, clarification. */
    public static Fulfilment say(Outcome outcome, String skill, String intent, String text, double confidence) {
        return new Fulfilment(outcome, skill, intent, List.of(), text, text, List.of(), confidence);
    }

    /** The input was not meant for the assistant: no reply, no action. */
    public static Fulfilment rejected(double confidence) {
        return new Fulfilment(Outcome.REJECTED, null, null, List.of(), null, null, List.of(), confidence);
    }
}
