package io.xiaobu.chat;

/** Small, total text helpers shared by the chat packages: never throw, never return null. */
public final class Texts {

    /** Longest input (in chars) the chat stages look at; the rest is ignored. */
    public static final int MAX_CHARS = 512;

    private Texts() {
    }

    /**
     * Cleans user or corpus text: drops control chars, folds full-width ASCII to half-width, lower-cases
     * Latin, collapses whitespace, truncates to {@link #MAX_CHARS}.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS));
        boolean space = false;
        for (int i = 0; i < text.length() && out.length() < MAX_CHARS; i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (Character.isISOControl(c)) {
                continue;
            }
            if (Character.isSurrogate(c) && !Character.isLetter(text.codePointAt(i))) {
                continue; // emoji and other symbols outside the BMP carry no retrievable meaning
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    /**
     * Removes the spaces LCCC puts between characters ("我 也 要" → "我也要") but keeps one space
     * between two Latin/digit tokens ("i p h o n e" stays readable as it was written).
     */
    public static String unspace(String text) {
        if (text == null) {
            return "";
        }
        String[] tokens = text.trim().split("\\s+");
        StringBuilder out = new StringBuilder(text.length());
        for (String token : tokens) {
            if (token.isEmpty()) {
                continue;
            }
            if (out.length() > 0 && isAsciiWord(out.charAt(out.length() - 1)) && isAsciiWord(token.charAt(0))
                    && token.length() > 1) {
                out.append(' ');
            }
            out.append(token);
        }
        return out.toString();
    }

    /** True when the text has at least one letter or digit (CJK included). */
    public static boolean hasContent(String text) {
        return text != null && text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** Keeps only letters and digits: the form used for char-level similarity features. */
    public static String lettersOnly(String text) {
        StringBuilder out = new StringBuilder();
        clean(text).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isAsciiWord(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
