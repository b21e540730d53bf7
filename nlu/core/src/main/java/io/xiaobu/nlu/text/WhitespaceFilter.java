package io.xiaobu.nlu.text;

import io.xiaobu.nlu.NormalizedText;

/**
 * Trims the text, collapses runs of whitespace to one space, and drops a space unless it separates two
 * non-Chinese word chars: ASR output "打开 微信" and "打开 wifi" become "打开微信" and "打开wifi", while
 * "open wechat" keeps its space.
 */
public final class WhitespaceFilter implements TextFilter {

    @Override
    public NormalizedText apply(NormalizedText in) {
        String t = in.text();
        MappedTextBuilder out = new MappedTextBuilder(t.length());
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.copy(in, i++);
                continue;
            }
            int start = i;
            while (i < t.length() && (Character.isWhitespace(t.charAt(i)) || Character.isSpaceChar(t.charAt(i)))) i++;
            if (out.length() > 0 && i < t.length() && isSeparated(out.charAt(out.length() - 1)) && isSeparated(t.charAt(i))) {
                out.append(' ', in.offsets()[start]);
            }
        }
        return out.build(in.original());
    }

    /** Chars that need a space to stay apart: letters and digits outside the CJK and kana blocks. */
    static boolean isSeparated(char c) {
        if (Character.isSurrogate(c)) return false;
        if (!Character.isLetterOrDigit(c) && c != '%' && c != '#' && c != '&' && c != '@' && c != '+') return false;
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s != Character.UnicodeScript.HAN && s != Character.UnicodeScript.HIRAGANA
                && s != Character.UnicodeScript.KATAKANA && s != Character.UnicodeScript.HANGUL;
    }

    @Override
    public String name() {
        return "whitespace";
    }
}
