package io.xiaobu.nlu.text;

import io.xiaobu.nlu.NormalizedText;

/**
 * Removes what carries no words: emoji (with skin tones, variation selectors, joiners, flags, keycaps),
 * control and format chars, private-use chars and unpaired surrogates. Tabs and line breaks become
 * spaces so that they still separate words. Supplementary-plane letters (CJK extension B…) are kept.
 */
public final class InvisibleCharFilter implements TextFilter {

    @Override
    public NormalizedText apply(NormalizedText in) {
        String t = in.text();
        MappedTextBuilder out = new MappedTextBuilder(t.length());
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, t.charAt(i + 1));
                if (!isInvisible(cp)) {
                    out.copy(in, i);
                    out.copy(in, i + 1);
                }
                i += 2;
                continue;
            }
            if (c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u2028' || c == '\u2029') {
                out.append(' ', in.offsets()[i]);
            } else if (!Character.isSurrogate(c) && !isInvisible(c)) {
                out.copy(in, i);
            }
            i++;
        }
        return out.build(in.original());
    }

    static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED || type == Character.SURROGATE) {
            return true;
        }
        return Character.isExtendedPictographic(cp)
                || Character.isEmojiModifier(cp)
                || (cp >= 0xFE00 && cp <= 0xFE0F)          // variation selectors
                || (cp >= 0xE0100 && cp <= 0xE01EF)        // variation selectors supplement
                || (cp >= 0x1F1E6 && cp <= 0x1F1FF)        // regional indicators (flags)
                || cp == 0x20E3;                           // combining enclosing keycap
    }

    @Override
    public String name() {
        return "invisible";
    }
}
