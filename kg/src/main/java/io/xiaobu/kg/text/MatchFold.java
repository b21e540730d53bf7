package io.xiaobu.kg.text;

/**
 * Length-preserving case and width folding for alias matching (not the NLU normaliser, which may
 * drop characters): full-width → half-width, ASCII upper → lower case,
 * control characters → space. One char in, one char out, so offsets stay those of the original text.
 */
public final class MatchFold {

    private MatchFold() {}

    public static String normalize(String text) {
        if (text == null || text.isEmpty()) return "";
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) out[i] = normalize(text.charAt(i));
        return new String(out);
    }

    public static char normalize(char c) {
        if (c == '\u3000') return ' ';
        if (c >= '\uFF01' && c <= '\uFF5E') c = (char) (c - 0xFEE0);
        if (c >= 'A' && c <= 'Z') return (char) (c + 32);
        if (Character.isISOControl(c)) return ' ';
        return c;
    }

    /** True for the characters an alias may consist of (CJK, letters, digits and a few joiners). */
    public static boolean isCjk(char c) {
        return c >= '\u3400' && c <= '\u9FFF';
    }
}
