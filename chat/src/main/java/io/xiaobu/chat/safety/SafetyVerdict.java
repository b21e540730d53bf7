package io.xiaobu.chat.safety;

/**
 * The outcome of one safety check.
 *
 * @param safe     true when nothing was found
 * @param category what kind of problem ({@link SafetyCategory#NONE} when safe)
 * @param matched  the term or rule that fired, for explanations and logs ("" when safe)
 * @param check    which check decided: {@code query}, {@code reply} or {@code pair}
 */
public record SafetyVerdict(boolean safe, SafetyCategory category, String matched, String check) {

    public static SafetyVerdict safe(String check) {
        return new SafetyVerdict(true, SafetyCategory.NONE, "", check);
    }

    public static SafetyVerdict unsafe(SafetyCategory category, String matched, String check) {
        return new SafetyVerdict(false, category, matched, check);
    }
}
