package io.xiaobu.dialog.pipeline;

/**
 * How a stage went: whether the turn is now decided, and a short note for the trace saying what the
 * stage did — or plainly why it did nothing.
 */
public record StageResult(boolean decided, String note) {

    public static StageResult next(String note) {
        return new StageResult(false, note);
    }

    public static StageResult decided(String note) {
        return new StageResult(true, note);
    }

    /** The stage has nothing to work with (e.g. no model loaded); the note says what is missing. */
    public static StageResult idle(String whatIsMissing) {
        return new StageResult(false, "idle: " + whatIsMissing);
    }
}
