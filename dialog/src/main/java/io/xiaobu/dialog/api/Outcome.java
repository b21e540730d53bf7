package io.xiaobu.dialog.api;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How a turn ended. */
public enum Outcome {
    /** A skill, the graph or chat answered. */
    ANSWERED,
    /** The input was not meant for the assistant (noise, side talk, TTS echo) and is ignored. */
    REJECTED,
    /** The assistant asks back: a missing slot, a confirmation or an ambiguity. */
    CLARIFY,
    /** Understood as a request the assistant cannot serve. */
    UNSUPPORTED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
