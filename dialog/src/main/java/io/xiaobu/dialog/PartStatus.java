package io.xiaobu.dialog;

/**
 * Whether one part of the assistant (models, graph, indexes, event sink) can serve now.
 *
 * @param configured false when the part is not set up at all (the service runs without it)
 * @param detail     what is up or why it is down, for people reading the health endpoint
 */
public record PartStatus(boolean up, boolean configured, String detail) {

    public static PartStatus up(String detail) {
        return new PartStatus(true, true, detail);
    }

    public static PartStatus down(String why) {
        return new PartStatus(false, true, why);
    }

    public static PartStatus notConfigured(String what) {
        return new PartStatus(true, false, "not configured: " + what);
    }
}
