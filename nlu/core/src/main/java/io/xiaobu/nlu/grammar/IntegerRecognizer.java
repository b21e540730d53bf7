package io.xiaobu.nlu.grammar;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code sys.integer}: non-negative integers written in ASCII digits ({@code 50}) or Chinese numerals
 * ({@code 五十}, {@code 两百零五}, {@code 三万两千}, digit by digit {@code 一二三}). Normalised to decimal digits.
 * A digit run is only read whole; a Chinese numeral may also be read by a shorter valid prefix, so that
 * the template can decide (e.g. {@code 调到{n}一下}).
 */
public final class IntegerRecognizer implements SlotRecognizer {

    public static final String ID = "sys.integer";
    private static final int MAX_DIGITS = 18;
    private static final String DIGITS = "零一二三四五六七八九";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Candidate> recognize(String text, int start) {
        if (text == null || start < 0 || start >= text.length()) return List.of();
        char first = text.charAt(start);
        if (first >= '0' && first <= '9') {
            int end = start;
            while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') end++;
            if (end - start > MAX_DIGITS) return List.of();
            String digits = text.substring(start, end);
            return List.of(new Candidate(end, String.valueOf(Long.parseLong(digits))));
        }
        int end = start;
        while (end < text.length() && end - start < 2 * MAX_DIGITS && isChineseNumeralChar(text.charAt(end))) end++;
        List<Candidate> out = new ArrayList<>(2);
        for (int e = end; e > start; e--) {
            Long v = parseChinese(text.substring(start, e));
            if (v != null) out.add(new Candidate(e, v.toString()));
        }
        return out;
    }

    static boolean isChineseNumeralChar(char c) {
        return digit(c) >= 0 || unit(c) > 0;
    }

    private static int digit(char c) {
        if (c == '〇') return 0;
        if (c == '两') return 2;
        return DIGITS.indexOf(c);
    }

    private static long unit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            case '万' -> 10_000;
            case '亿' -> 100_000_000;
            default -> 0;
        };
    }

    /** Parses a whole Chinese numeral, or returns {@code null} when it is not a well-formed one. */
    static Long parseChinese(String s) {
        if (s.isEmpty() || s.length() > 20) return null;
        boolean hasUnit = false;
        for (int i = 0; i < s.length(); i++) if (unit(s.charAt(i)) > 0) hasUnit = true;
        if (!hasUnit) return digitByDigit(s);
        long total = 0, section = 0, number = -1;
        long lastSmallUnit = Long.MAX_VALUE;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            long u = unit(c);
            if (d >= 0) {
                if (number > 0) return null;                       // two digits in a row: 一二十
                number = d;
            } else if (u < 10_000) {
                if (number < 0) {
                    boolean leadingTen = u == 10 && (i == 0 || unit(s.charAt(i - 1)) >= 10_000);
                    if (!leadingTen) return null;                  // 百 or 一百十 with no digit before the unit
                    number = 1;                                    // 十五 = 15
                }
                if (number == 0 || u >= lastSmallUnit) return null; // 零百, 十百
                section += number * u;
                lastSmallUnit = u;
                number = -1;
            } else {
                if (section == 0 && number <= 0) return null;      // 万 with nothing before it
                long value = section + Math.max(number, 0);
                total = u == 100_000_000 ? (total + value) * u : total + value * u;
                section = 0;
                number = -1;
                lastSmallUnit = Long.MAX_VALUE;
            }
        }
        if (number > 0 && s.length() >= 2 && unit(s.charAt(s.length() - 2)) >= 100) {
            number *= unit(s.charAt(s.length() - 2)) / 10;         // colloquial 三千五 = 3500, 两万三 = 23000
        }
        return total + section + Math.max(number, 0);
    }

    private static Long digitByDigit(String s) {
        if (s.length() > MAX_DIGITS || s.length() > 1 && s.charAt(0) == '两') return null;
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = digit(s.charAt(i));
            if (d < 0) return null;
            v = v * 10 + d;
        }
        return v;
    }

    @Override
    public List<Example> examples() {
        return List.of(new Example("5", "5"), new Example("30", "30"), new Example("五十", "50"),
                new Example("八", "8"), new Example("一百", "100"), new Example("二十五", "25"), new Example("70", "70"));
    }
}
