package io.xiaobu.time.parse;

import java.math.BigDecimal;

/**
 * Finds the extent of the numeral starting at a position and reads it.
 *
 * @param start first char of the numeral (a leading 负/'-' included)
 * @param end   char after it
 * @param value its value, or null when the run is malformed or too long (the span is still reported so a
 *              caller can skip it in one step: a 10,000-digit run costs one pass, not 10,000)
 */
public record NumeralRun(int start, int end, BigDecimal value) {

    /** The numeral at {@code pos}, or null when there is none; {@code decimals} allows 点/'.' fractions. */
    public static NumeralRun at(char[] s, int pos, boolean decimals) {
        int i = pos;
        if (i < s.length && (s[i] == '负' || s[i] == '-') && i + 1 < s.length && ChineseNumerals.isNumeralChar(s[i + 1])) {
            i++;
        }
        int first = i;
        while (i < s.length) {
            char c = s[i];
            if (ChineseNumerals.isNumeralChar(c)) {
                i++;
            } else if (c == ',' && thousandsGroup(s, i)) {
                i++;
            } else if (decimals && (c == '点' || c == '.') && i > first && i + 1 < s.length
                    && ChineseNumerals.digit(s[i + 1]) >= 0) {
                i++;
            } else {
                break;
            }
        }
        if (i == first) {
            return null;
        }
        BigDecimal v = i - pos > ChineseNumerals.MAX_CHARS ? null : ChineseNumerals.parse(s, pos, i);
        return new NumeralRun(pos, i, v);
    }

    /** Like {@link #at} but only non-negative integers up to {@code max}; null otherwise. */
    public static NumeralRun intAt(char[] s, int pos, int max) {
        if (pos >= s.length || !ChineseNumerals.isNumeralChar(s[pos])) {
            return null;
        }
        NumeralRun r = at(s, pos, false);
        if (r == null || r.value == null || r.value.signum() < 0 || r.value.scale() > 0
                || r.value.compareTo(BigDecimal.valueOf(max)) > 0) {
            return null;
        }
        return r;
    }

    /** A ',' between ASCII digits followed by exactly three digits (1,000). */
    private static boolean thousandsGroup(char[] s, int i) {
        if (i == 0 || !Chars.isAsciiDigit(s[i - 1])) {
            return false;
        }
        for (int k = 1; k <= 3; k++) {
            if (i + k >= s.length || !Chars.isAsciiDigit(s[i + k])) {
                return false;
            }
        }
        return i + 4 >= s.length || !Chars.isAsciiDigit(s[i + 4]);
    }

    public int intValue() {
        return value.intValue();
    }

    public int length() {
        return end - start;
    }
}
