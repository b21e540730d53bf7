package io.xiaobu.time.parse;

/**
 * Width and script folding done before scanning: full-width ASCII to half-width and a few traditional
 * characters used in times and numbers to simplified. Every mapping is one char to one char, so offsets
 * in the folded text are offsets in the input.
 */
public final class Chars {

    private static final String TRADITIONAL = "兩萬億點週後個鐘時號禮圓塊錢節攝華裡裏貳參陸幾鐘半";
    private static final String SIMPLIFIED = "两万亿点周后个钟时号礼圆块钱节摄华里里贰叁陆几钟半";

    private Chars() {
    }

    /** Returns the folded copy of {@code text}; same length, same offsets. */
    public static char[] fold(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(out[i]);
        }
        return out;
    }

    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000') {
            return ' ';
        }
        if (c >= '\u4E00') {
            int k = TRADITIONAL.indexOf(c);
            if (k >= 0) {
                return SIMPLIFIED.charAt(k);
            }
        }
        return c;
    }

    /** True when {@code s} at {@code pos} starts with {@code word}. */
    public static boolean at(char[] s, int pos, String word) {
        int n = word.length();
        if (pos < 0 || pos + n > s.length) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (s[pos + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The first of {@code words} found at {@code pos} (list longer words first), or null. */
    public static String firstAt(char[] s, int pos, String[] words) {
        for (String w : words) {
            if (at(s, pos, w)) {
                return w;
            }
        }
        return null;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
