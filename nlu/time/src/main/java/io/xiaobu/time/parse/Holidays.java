package io.xiaobu.time.parse;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.LunarYear;
import com.nlf.calendar.Solar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Named holidays (solar, lunar via the cn.6tail lunar library, and weekday rules) and lunar dates.
 * Conversions are cached per year, so the lunar library runs once per (holiday, year).
 */
final class Holidays {

    enum Kind { SOLAR, LUNAR, NTH_WEEKDAY, QINGMING, LUNAR_NEW_YEARS_EVE }

    /** A holiday: for NTH_WEEKDAY, {@code day} is n and {@code dow} the ISO weekday. */
    record Holiday(String name, Kind kind, int month, int day, int dow) {
    }

    /** Names, longest first where one is a prefix of another. */
    static final Holiday[] ALL = {
        new Holiday("元旦", Kind.SOLAR, 1, 1, 0),
        new Holiday("情人节", Kind.SOLAR, 2, 14, 0),
        new Holiday("妇女节", Kind.SOLAR, 3, 8, 0),
        new Holiday("三八节", Kind.SOLAR, 3, 8, 0),
        new Holiday("植树节", Kind.SOLAR, 3, 12, 0),
        new Holiday("愚人节", Kind.SOLAR, 4, 1, 0),
        new Holiday("五一劳动节", Kind.SOLAR, 5, 1, 0),
        new Holiday("六一儿童节", Kind.SOLAR, 6, 1, 0),
        new Holiday("十一国庆节", Kind.SOLAR, 10, 1, 0),
        new Holiday("劳动节", Kind.SOLAR, 5, 1, 0),
        new Holiday("五一", Kind.SOLAR, 5, 1, 0),
        new Holiday("青年节", Kind.SOLAR, 5, 4, 0),
        new Holiday("儿童节", Kind.SOLAR, 6, 1, 0),
        new Holiday("六一", Kind.SOLAR, 6, 1, 0),
        new Holiday("建党节", Kind.SOLAR, 7, 1, 0),
        new Holiday("建军节", Kind.SOLAR, 8, 1, 0),
        new Holiday("教师节", Kind.SOLAR, 9, 10, 0),
        new Holiday("国庆节", Kind.SOLAR, 10, 1, 0),
        new Holiday("国庆", Kind.SOLAR, 10, 1, 0),
        new Holiday("十一", Kind.SOLAR, 10, 1, 0),
        new Holiday("万圣节", Kind.SOLAR, 10, 31, 0),
        new Holiday("光棍节", Kind.SOLAR, 11, 11, 0),
        new Holiday("双十一", Kind.SOLAR, 11, 11, 0),
        new Holiday("平安夜", Kind.SOLAR, 12, 24, 0),
        new Holiday("圣诞节", Kind.SOLAR, 12, 25, 0),
        new Holiday("圣诞", Kind.SOLAR, 12, 25, 0),
        new Holiday("母亲节", Kind.NTH_WEEKDAY, 5, 2, 7),
        new Holiday("父亲节", Kind.NTH_WEEKDAY, 6, 3, 7),
        new Holiday("感恩节", Kind.NTH_WEEKDAY, 11, 4, 4),
        new Holiday("清明节", Kind.QINGMING, 4, 0, 0),
        new Holiday("清明", Kind.QINGMING, 4, 0, 0),
        new Holiday("春节", Kind.LUNAR, 1, 1, 0),
        new Holiday("大年初一", Kind.LUNAR, 1, 1, 0),
        new Holiday("元宵节", Kind.LUNAR, 1, 15, 0),
        new Holiday("元宵", Kind.LUNAR, 1, 15, 0),
        new Holiday("龙抬头", Kind.LUNAR, 2, 2, 0),
        new Holiday("端午节", Kind.LUNAR, 5, 5, 0),
        new Holiday("端午", Kind.LUNAR, 5, 5, 0),
        new Holiday("七夕节", Kind.LUNAR, 7, 7, 0),
        new Holiday("七夕", Kind.LUNAR, 7, 7, 0),
        new Holiday("中元节", Kind.LUNAR, 7, 15, 0),
        new Holiday("中秋节", Kind.LUNAR, 8, 15, 0),
        new Holiday("中秋", Kind.LUNAR, 8, 15, 0),
        new Holiday("重阳节", Kind.LUNAR, 9, 9, 0),
        new Holiday("重阳", Kind.LUNAR, 9, 9, 0),
        new Holiday("腊八节", Kind.LUNAR, 12, 8, 0),
        new Holiday("腊八", Kind.LUNAR, 12, 8, 0),
        new Holiday("小年", Kind.LUNAR, 12, 23, 0),
        new Holiday("除夕", Kind.LUNAR_NEW_YEARS_EVE, 12, 30, 0),
        new Holiday("大年三十", Kind.LUNAR_NEW_YEARS_EVE, 12, 30, 0),
        new Holiday("大年夜", Kind.LUNAR_NEW_YEARS_EVE, 12, 30, 0),
    };

    private static final Map<Long, LocalDate> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, LocalDate> HOLIDAY_CACHE = new ConcurrentHashMap<>();

    private Holidays() {
    }

    /** The holiday whose name starts at {@code pos}, longest name first, or null. */
    static Holiday at(char[] s, int pos) {
        Holiday best = null;
        for (Holiday h : ALL) {
            if ((best == null || h.name.length() > best.name.length()) && Chars.at(s, pos, h.name)) {
                best = h;
            }
        }
        return best;
    }

    /**
     * The date of {@code h} that falls in solar year {@code year}; for lunar holidays the one celebrated
     * in that solar year (除夕 of lunar year Y−1 usually falls in January/February of Y). Null if none.
     */
    static LocalDate inYear(Holiday h, int year) {
        if (year < 1901 || year > 2099) {
            return null;
        }
        return switch (h.kind) {
            case SOLAR -> LocalDate.of(year, h.month, h.day);
            case NTH_WEEKDAY -> LocalDate.of(year, h.month, 1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(h.day, DayOfWeek.of(h.dow)));
            case QINGMING -> cached(h, year, () -> qingming(year));
            case LUNAR -> cached(h, year, () -> lunarToSolar(year, h.month, h.day));
            case LUNAR_NEW_YEARS_EVE -> cached(h, year, () -> lunarToSolar(year, 1, 1).minusDays(1));
        };
    }

    /** The first date of {@code h} on or after {@code today}. */
    static LocalDate next(Holiday h, LocalDate today) {
        for (int y = today.getYear() - 1; y <= today.getYear() + 1; y++) {
            LocalDate d = inYear(h, y);
            if (d != null && !d.isBefore(today)) {
                return d;
            }
        }
        return null;
    }

    /** The solar date of lunar {@code month}/{@code day} (non-leap) in lunar year {@code lunarYear}, or null. */
    static LocalDate lunarToSolar(int lunarYear, int month, int day) {
        if (lunarYear < 1901 || lunarYear > 2099 || month < 1 || month > 12 || day < 1 || day > 30) {
            return null;
        }
        long key = lunarYear * 10_000L + month * 100L + day;
        return CACHE.computeIfAbsent(key, k -> {
            try {
                int days = LunarYear.fromYear(lunarYear).getMonth(month).getDayCount();
                Solar s = Lunar.fromYmd(lunarYear, month, Math.min(day, days)).getSolar();
                return LocalDate.of(s.getYear(), s.getMonth(), s.getDay());
            } catch (RuntimeException e) {
                return null;
            }
        });
    }

    /** The next solar date (on or after {@code today}) of a lunar month/day. */
    static LocalDate nextLunar(int month, int day, LocalDate today) {
        for (int y = today.getYear() - 1; y <= today.getYear() + 1; y++) {
            LocalDate d = lunarToSolar(y, month, day);
            if (d != null && !d.isBefore(today)) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate qingming(int year) {
        for (int d = 3; d <= 6; d++) {
            if ("清明".equals(Solar.fromYmd(year, 4, d).getLunar().getJieQi())) {
                return LocalDate.of(year, 4, d);
            }
        }
        return LocalDate.of(year, 4, 5);
    }

    private static LocalDate cached(Holiday h, int year, java.util.function.Supplier<LocalDate> compute) {
        String key = h.name + year;
        LocalDate d = HOLIDAY_CACHE.get(key);
        if (d == null) {
            d = compute.get();
            if (d != null) {
                HOLIDAY_CACHE.put(key, d);
            }
        }
        return d;
    }
}
