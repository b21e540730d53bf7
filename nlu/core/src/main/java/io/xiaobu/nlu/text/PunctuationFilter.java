package io.xiaobu.nlu.text;

import io.xiaobu.nlu.NormalizedText;

/**
 * Removes punctuation (，。！？、「」……—— and their ASCII forms) except where it is part of a token:
 * {@code . , :} between digits (3.5, 1,000, 10:30) and {@code . - ' _} between Latin letters or digits
 * (wi-fi, don't, v1.2). Punctuation that separated two Latin words becomes a space ("hello,world").
 * Symbols that carry meaning ({@code % # & @ +}, ℃) are kept.
 */
public final class PunctuationFilter implements TextFilter {

    @Override
    public NormalizedText apply(NormalizedText in) {
        String t = in.text();
        MappedTextBuilder out = new MappedTextBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!isPunctuation(c)) {
                out.copy(in, i);
                continue;
            }
            char prev = i > 0 ? t.charAt(i - 1) : ' ';
            char next = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
            if (isDigit(prev) && isDigit(next) && (c == '.' || c == ',' || c == ':')) {
                out.copy(in, i);
            } else if (isLatinWordChar(prev) && isLatinWordChar(next)) {
                if (c == '.' || c == '-' || c == '\'' || c == '_') out.copy(in, i);
                else out.append(' ', in.offsets()[i]);
            }
        }
        return out.build(in.original());
    }

    /** Unicode punctuation other than the meaningful symbols {@code % # & @}. */
    static boolean isPunctuation(char c) {
        if (c == '%' || c == '#' || c == '&' || c == '@') return false;
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                 Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> c == '~' || c == '～' || c == '`' || c == '^' || c == '|';
        };
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLatinWordChar(char c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }

    @Override
    public String name() {
        return "punctuation";
    }
}
