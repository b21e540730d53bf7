package io.xiaobu.nlu.grammar;

import java.util.List;

/**
 * {@code sys.phone}: a telephone number as people say or type it: ASCII digits, optionally with a leading
 * {@code +} and single {@code -} or space separators between groups ({@code 138-0013-8000}, {@code +86 138 0013
 * 8000}), or read digit by digit in Chinese ({@code 幺三八零零幺三八零零零}, {@code 一一零}). Between 3 digits
 * (110, 120) and 15 (the longest international number). Normalised to the digits, with the {@code +} kept. A
 * number is read whole; Chinese place-value numerals (三百) are not phone numbers.
 */
public final class PhoneNumberRecognizer implements SlotRecognizer {

    public static final String ID = "sys.phone";
    static final int MIN_DIGITS = 3, MAX_DIGITS = 15;
    private static final String CHINESE = "零一二三四五六七八九";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Candidate> recognize(String text, int start) {
        if (text == null || start < 0 || start >= text.length()) return List.of();
        StringBuilder digits = new StringBuilder();
        int i = start;
        if (text.charAt(i) == '+') {
            digits.append('+');
            i++;
        }
        int end = -1;
        boolean chinese = i < text.length() && chineseDigit(text.charAt(i)) >= 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int d = chinese ? chineseDigit(c) : c >= '0' && c <= '9' ? c - '0' : -1;
            if (d >= 0) {
                digits.append((char) ('0' + d));
                end = ++i;
            } else if (!chinese && (c == '-' || c == ' ') && end == i && i + 1 < text.length()
                    && text.charAt(i + 1) >= '0' && text.charAt(i + 1) <= '9') {
                i++; // one separator between two digits
            } else {
                break;
            }
        }
        int count = digits.length() - (digits.length() > 0 && digits.charAt(0) == '+' ? 1 : 0);
        if (end < 0 || count < MIN_DIGITS || count > MAX_DIGITS) return List.of();
        // a run that goes on in place-value numerals (一百二十) or more digits is not a number read digit by digit
        if (end < text.length() && (IntegerRecognizer.isChineseNumeralChar(text.charAt(end)) || Character.isDigit(text.charAt(end)))) {
            return List.of();
        }
        return List.of(new Candidate(end, digits.toString()));
    }

    /** The digit a Chinese char stands for when a number is read digit by digit, or −1. */
    private static int chineseDigit(char c) {
        if (c == '幺') return 1;
        if (c == '〇') return 0;
        return CHINESE.indexOf(c);
    }

    @Override
    public List<Example> examples() {
        return List.of(new Example("10086", "10086"), new Example("13800138000", "13800138000"),
                new Example("幺三八零零幺三八零零零", "13800138000"));
    }
}
