package io.xiaobu.time.parse;

import java.math.BigDecimal;

/**
 * Reads one numeral written in Chinese, Arabic or mixed form: 零/〇, 两/俩/幺, financial forms (壹贰叁…拾佰仟),
 * 十/百/千/万/亿 with the colloquial tail (三万五 = 35000, 两千六 = 2600), digit strings (一七二零 = 1720),
 * 点 or '.' decimals, leading 负 or '-', and mixtures such as 3万5, 1.5亿, 200亿零四千230.
 * Never throws: malformed or over-long input gives {@code null}.
 */
public final class ChineseNumerals {

    /** Longest numeral (in chars) this class will read; longer runs are rejected, not truncated. */
    public static final int MAX_CHARS = 48;

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

    private ChineseNumerals() {
    }

    /** Parses the whole string as one numeral (after width folding); null when it is not one. */
    public static BigDecimal parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        char[] s = Chars.fold(text.strip());
        return parse(s, 0, s.length);
    }

    /** Reads a numeral said digit by digit, keeping leading zeros ("零零三" → "003"); null when not one. */
    public static String digitString(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_CHARS) {
            return null;
        }
        char[] s = Chars.fold(text.strip());
        StringBuilder out = new StringBuilder(s.length);
        for (int i = 0; i < s.length; i++) {
            char c = s[i];
            int d = digit(c);
            if (d >= 0) {
                out.append((char) ('0' + d));
            } else if ((c == '点' || c == '.') && i > 0 && i + 1 < s.length) {
                out.append('.');
            } else if ((c == '负' || c == '-') && i == 0) {
                out.append('-');
            } else {
                return null;
            }
        }
        return out.toString();
    }

    /** Value of a digit char (Chinese, financial or ASCII), or -1. */
    public static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return switch (c) {
            case '零', '〇' -> 0;
            case '一', '壹', '幺' -> 1;
            case '二', '两', '俩', '贰' -> 2;
            case '三', '叁', '仨' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    /** Multiplier of a unit char (十 10 … 亿 10^8), 廿/卅/卌 as 20/30/40, or 0. */
    public static int unit(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1000;
            case '万' -> 10_000;
            case '亿' -> 100_000_000;
            case '廿' -> 20;
            case '卅' -> 30;
            case '卌' -> 40;
            default -> 0;
        };
    }

    public static boolean isNumeralChar(char c) {
        return digit(c) >= 0 || unit(c) > 0;
    }

    /** Parses {@code s[from, to)} as one numeral; null when malformed. */
    public static BigDecimal parse(char[] s, int from, int to) {
        if (from >= to || to - from > MAX_CHARS) {
            return null;
        }
        for (int i = from; i < to; i++) {
            if (s[i] == ',') {
                StringBuilder b = new StringBuilder(to - from);
                for (int k = from; k < to; k++) {
                    if (s[k] != ',') {
                        b.append(s[k]);
                    }
                }
                char[] compact = b.toString().toCharArray();
                return parse(compact, 0, compact.length);
            }
        }
        boolean negative = false;
        if (s[from] == '负' || s[from] == '-') {
            negative = true;
            from++;
            if (from >= to) {
                return null;
            }
        }
        boolean hasUnit = false;
        for (int i = from; i < to; i++) {
            if (unit(s[i]) > 0) {
                hasUnit = true;
                break;
            }
        }
        BigDecimal v = hasUnit ? withUnits(s, from, to) : digitsOnly(s, from, to);
        return v == null ? null : negative ? v.negate() : v;
    }

    private static BigDecimal digitsOnly(char[] s, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        boolean dot = false;
        for (int i = from; i < to; i++) {
            char c = s[i];
            int d = digit(c);
            if (d >= 0) {
                b.append((char) ('0' + d));
            } else if ((c == '点' || c == '.') && !dot && b.length() > 0 && i + 1 < to) {
                dot = true;
                b.append('.');
            } else {
                return null;
            }
        }
        return b.isEmpty() ? null : new BigDecimal(b.toString());
    }

    private static BigDecimal withUnits(char[] s, int from, int to) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal small = BigDecimal.ZERO;
        BigDecimal num = null;
        boolean literal = false;
        boolean zero = false;
        long lastUnit = 0;
        int i = from;
        while (i < to) {
            char c = s[i];
            int u = unit(c);
            if (c == '零' || c == '〇') {
                if (num != null) {
                    return null;
                }
                zero = true;
                i++;
            } else if (digit(c) >= 0) {
                if (num != null) {
                    return null;
                }
                int j = i;
                boolean ascii = Chars.isAsciiDigit(c);
                StringBuilder b = new StringBuilder();
                while (j < to && digit(s[j]) >= 0 && Chars.isAsciiDigit(s[j]) == ascii) {
                    b.append((char) ('0' + digit(s[j])));
                    j++;
                }
                int intDigits = b.length();
                // A decimal inside the numeral belongs to this atom only when a unit follows (1.5亿, 三点五万).
                if (j + 1 < to && (s[j] == '.' || s[j] == '点') && digit(s[j + 1]) >= 0) {
                    int k = j + 1;
                    StringBuilder f = new StringBuilder();
                    while (k < to && digit(s[k]) >= 0) {
                        f.append((char) ('0' + digit(s[k])));
                        k++;
                    }
                    if (k < to && unit(s[k]) > 0) {
                        b.append('.').append(f);
                        j = k;
                    }
                }
                num = new BigDecimal(b.toString());
                literal = zero || (ascii && intDigits > 1) || b.indexOf(".") >= 0;
                i = j;
            } else if (u > 0 && u < 10_000) {
                BigDecimal v = num == null ? BigDecimal.ONE : num;
                if (u >= 20 && u <= 40) {
                    v = v.multiply(BigDecimal.valueOf(u / 10));
                    u = 10;
                }
                small = small.add(v.multiply(BigDecimal.valueOf(u)));
                num = null;
                zero = false;
                lastUnit = u;
                i++;
            } else if (u == 10_000) {
                BigDecimal v = small.add(num == null ? BigDecimal.ZERO : num);
                if (v.signum() == 0) {
                    v = BigDecimal.ONE;
                }
                section = section.add(v.multiply(TEN_THOUSAND));
                small = BigDecimal.ZERO;
                num = null;
                zero = false;
                lastUnit = u;
                i++;
            } else if (u == 100_000_000) {
                BigDecimal v = section.add(small).add(num == null ? BigDecimal.ZERO : num);
                if (v.signum() == 0) {
                    v = BigDecimal.ONE;
                }
                total = total.add(v.multiply(HUNDRED_MILLION));
                section = BigDecimal.ZERO;
                small = BigDecimal.ZERO;
                num = null;
                zero = false;
                lastUnit = u;
                i++;
            } else if ((c == '点' || c == '.') && i + 1 < to) {
                if (digitsOnly(s, i + 1, to) == null || hasDot(s, i + 1, to)) {
                    return null;
                }
                BigDecimal whole = total.add(section).add(small).add(num == null ? BigDecimal.ZERO : num);
                return whole.add(fraction(s, i + 1, to));
            } else {
                return null;
            }
        }
        BigDecimal tail = BigDecimal.ZERO;
        if (num != null) {
            boolean colloquial = !literal && lastUnit >= 100 && num.scale() == 0 && num.compareTo(BigDecimal.TEN) < 0;
            tail = colloquial ? num.multiply(BigDecimal.valueOf(lastUnit / 10)) : num;
        }
        return total.add(section).add(small).add(tail);
    }

    private static BigDecimal fraction(char[] s, int from, int to) {
        StringBuilder b = new StringBuilder("0.");
        for (int i = from; i < to; i++) {
            b.append((char) ('0' + digit(s[i])));
        }
        return new BigDecimal(b.toString());
    }

    /** True when the value fits a plain long without fraction. */
    static boolean isSmallInteger(BigDecimal v) {
        return v != null && v.signum() >= 0 && v.stripTrailingZeros().scale() <= 0
                && v.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
    }

    private static boolean hasDot(char[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (digit(s[i]) < 0) {
                return true;
            }
        }
        return false;
    }
}
