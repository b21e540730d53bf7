package io.xiaobu.skills.builtin.common;

/** Linear-time keyword checks on user text (no regular expressions that backtrack on long input). */
public final class Words {

    private Words() {
    }

    /** Whether {@code text} contains any of {@code words}. */
    public static boolean any(String text, String... words) {
        if (text == null) return false;
        for (String w : words) if (text.contains(w)) return true;
        return false;
    }

    /** Whether {@code text} contains a Chinese character. */
    public static boolean hasHan(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
