package io.xiaobu.chat.memory;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Gregorian month and day from a remembered date as the user said it ("三月五号", "5月20日",
 * "12.25"). Lunar dates ("正月初八") are not converted and give empty.
 */
public final class MonthDays {

    private static final String NUM = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";
    private static final Pattern CHINESE = Pattern.compile(NUM + "月" + NUM + "[日号]?");
    private static final Pattern DIGITS = Pattern.compile("(\\d{1,2})[./-](\\d{1,2})");

    private MonthDays() {
    }

    public static Optional<MonthDay> parse(String said) {
        if (said == null || said.contains("正月") || said.contains("腊月") || said.contains("农历") || said.contains("初")) {
            return Optional.empty();
        }
        Matcher m = CHINESE.matcher(said);
        if (!m.find()) {
            m = DIGITS.matcher(said);
            if (!m.find()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(MonthDay.of(number(m.group(1)), number(m.group(2))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** 1–31 from digits or Chinese numerals (五, 十, 十二, 二十, 二十五, 三十一). */
    static int number(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return Integer.parseInt(s);
        }
        String digits = "零一二三四五六七八九";
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digits.indexOf(s.charAt(0));
        }
        int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(ten + 1));
        if (tens < 0 || ones < 0) {
            throw new NumberFormatException(s);
        }
        return tens * 10 + ones;
    }
}
