package com.example.horoscope;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/** The twelve tropical zodiac signs with their (conventional) date ranges, element and ruling planet. */
public enum ZodiacSign {
    CAPRICORN("摩羯座", 12, 22, 1, 19, "土象", "土星"),
    AQUARIUS("水瓶座", 1, 20, 2, 18, "风象", "天王星"),
    PISCES("双鱼座", 2, 19, 3, 20, "水象", "海王星"),
    ARIES("白羊座", 3, 21, 4, 19, "火象", "火星"),
    TAURUS("金牛座", 4, 20, 5, 20, "土象", "金星"),
    GEMINI("双子座", 5, 21, 6, 21, "风象", "水星"),
    CANCER("巨蟹座", 6, 22, 7, 22, "水象", "月亮"),
    LEO("狮子座", 7, 23, 8, 22, "火象", "太阳"),
    VIRGO("处女座", 8, 23, 9, 22, "土象", "水星"),
    LIBRA("天秤座", 9, 23, 10, 23, "风象", "金星"),
    SCORPIO("天蝎座", 10, 24, 11, 22, "水象", "冥王星"),
    SAGITTARIUS("射手座", 11, 23, 12, 21, "火象", "木星");

    final String chinese;
    final MonthDay from;
    final MonthDay to;
    final String element;
    final String ruler;

    ZodiacSign(String chinese, int fm, int fd, int tm, int td, String element, String ruler) {
        this.chinese = chinese;
        this.from = MonthDay.of(fm, fd);
        this.to = MonthDay.of(tm, td);
        this.element = element;
        this.ruler = ruler;
    }

    /** The sign of a birthday. */
    public static ZodiacSign of(LocalDate birthday) {
        MonthDay d = MonthDay.from(birthday);
        for (ZodiacSign s : values()) {
            boolean wraps = s.from.isAfter(s.to);
            boolean in = wraps ? !d.isBefore(s.from) || !d.isAfter(s.to) : !d.isBefore(s.from) && !d.isAfter(s.to);
            if (in) return s;
        }
        throw new IllegalStateException("no sign for " + d);
    }

    /** The sign for a canonical slot value such as {@code aries}. */
    public static Optional<ZodiacSign> fromValue(String value) {
        if (value == null) return Optional.empty();
        for (ZodiacSign s : values()) if (s.name().equalsIgnoreCase(value.strip()) || s.chinese.equals(value.strip())) return Optional.of(s);
        return Optional.empty();
    }

    public String range() {
        return from.getMonthValue() + "月" + from.getDayOfMonth() + "日到" + to.getMonthValue() + "月" + to.getDayOfMonth() + "日";
    }
}
