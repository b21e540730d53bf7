package io.xiaobu.time;

/**
 * Settings of a {@link TimeNormalizer}.
 *
 * @param preferFuture      resolve times whose date was not said to their next occurrence (alarms, reminders);
 *                          when false, the reference day is kept even if the time has passed
 * @param afternoonUpToHour with a date but no part of the day, hours 1..this read as afternoon
 *                          ("明天三点" = 15:00) and later ones as morning ("明天八点" = 08:00)
 * @param maxTextLength     longer texts are cut to this many chars before scanning (bounded work)
 */
public record NormalizerOptions(boolean preferFuture, int afternoonUpToHour, int maxTextLength) {

    public static final NormalizerOptions DEFAULTS = new NormalizerOptions(true, 6, 4_000);

    public NormalizerOptions {
        if (afternoonUpToHour < 0 || afternoonUpToHour > 12) {
            throw new IllegalArgumentException("afternoonUpToHour must be 0..12, was " + afternoonUpToHour);
        }
        if (maxTextLength < 1) {
            throw new IllegalArgumentException("maxTextLength must be positive, was " + maxTextLength);
        }
    }
}
