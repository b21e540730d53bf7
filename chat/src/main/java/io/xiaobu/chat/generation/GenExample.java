package io.xiaobu.chat.generation;

import java.util.List;

/**
 * One training or evaluation pair: the session context (oldest turn first, the post last) and its reply.
 *
 * @param context previous turns then the post; empty for "reply alone" (IFD)
 * @param reply   the reply to learn or score
 * @param source  corpus name, for reports
 */
public record GenExample(List<String> context, String reply, String source) {

    public GenExample {
        context = context == null ? List.of() : List.copyOf(context);
        reply = reply == null ? "" : reply;
    }

    /** The last context turn (the post), or "". */
    public String post() {
        return context.isEmpty() ? "" : context.getLast();
    }

    /** The same reply with no context: what IFD compares against. */
    public GenExample alone() {
        return new GenExample(List.of(), reply, source);
    }
}
