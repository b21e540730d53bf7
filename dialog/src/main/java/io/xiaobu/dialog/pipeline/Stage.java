package io.xiaobu.dialog.pipeline;

/** One step of the turn pipeline. It reads and writes the turn context and says how it went. */
@FunctionalInterface
public interface Stage {

    /**
     * Does this stage's one job. Returns {@link StageResult#decided} when the turn's outcome is
     * settled (rejected, clarify …) so the remaining decision stages are skipped. Exceptions are for
     * broken infrastructure only, never for a client's input.
     */
    StageResult process(TurnContext turn);
}
