package io.xiaobu.skills.sdk;

/** How a skill turn ended, for the pipeline and the turn event. */
public enum Outcome {
    /** The request was fulfilled (or answered). */
    DONE,
    /** The skill asks the user for a slot value. */
    ASK_SLOT,
    /** The skill asks the user to confirm. */
    CONFIRM,
    /** The device cannot do it (missing capability or unsupported device type). */
    UNSUPPORTED,
    /** Something failed (handler error, webhook timeout, service not connected); see the failure reason. */
    FAILED
}
