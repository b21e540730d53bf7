package io.xiaobu.dialog.stage;

/** Names of the session attributes the pipeline itself keeps. */
public final class SessionKeys {

    /** The intent waiting for a slot value or a confirmation, e.g. {@code alarm.set}. */
    public static final String PENDING_INTENT = "xiaobu.pending.intent";

    private SessionKeys() {
    }
}
