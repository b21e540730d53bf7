package io.xiaobu.dialog.pipeline;

import io.xiaobu.dialog.api.TurnResponse;

/**
 * Observes finished turns (telemetry, event log). Not a stage: it must be fast, do no blocking I/O
 * on the turn thread and never throw.
 */
public interface TurnListener {

    void turnEnded(TurnContext turn, TurnResponse response);

    /** The pipeline failed on broken infrastructure; the caller answers with a 5xx. */
    default void turnFailed(TurnContext turn, Throwable error) {
    }

    TurnListener NONE = (turn, response) -> { };
}
