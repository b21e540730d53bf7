package io.xiaobu.skills.builtin.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/** Formats times, dates, durations and numbers the way a Chinese speaker says them. */
public final class Speech {

    private static final String[] WEEKDAYS = {"一", "二", "三", "四", "五", "六", "日"};

    private Speech() {
    }

    /** 早上7点, 下午3点30分, 晚上11点. */
    public static String time(LocalTime t) {
        int h = t.getHour();
        String part = h < 5 ? "凌晨" : h < 9 ? "早上" : h < 12 ? "上午" : h < 13 ? "中午" : h < 18 ? "下午" : "晚上";
        int h12 = h > 12 ? h - 12 : h;
        return part + h12 + "点" + (t.getMinute() == 0 ? "" : t.getMinute() == 30 ? "半" : t.getMinute() + "分");
    }

    public static String weekday(LocalDate d) {
        return "星期" + WEEKDAYS[d.getDayOfWeek().getValue() - 1];
    }

    /** 今天 / 明天 / 后天 / 11月22日(星期六). */
    public static String date(LocalDate d, LocalDate today) {
        long diff = d.toEpochDay() - today.toEpochDay();
        if (diff == 0) return "今天";
        if (diff == 1) return "明天";
        if (diff == 2) return "后天";
        if (diff == -1) return "昨天";
        String md = d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
        return (d.getYear() == today.getYear() ? md : d.getYear() + "年" + md) + weekday(d);
    }

    public static String dateTime(ZonedDateTime t, ZonedDateTime now) {
        return date(t.toLocalDate(), now.toLocalDate()) + time(t.toLocalTime());
    }

    /** 1小时30分钟, 45秒. */
    public static String duration(Duration d) {
        long s = Math.max(0, d.toSeconds());
        long h = s / 3600, m = (s % 3600) / 60, sec = s % 60;
        StringBuilder b = new StringBuilder();
        if (h > 0) b.append(h).append("小时");
        if (m > 0) b.append(m).append("分钟");
        if (sec > 0 || b.isEmpty()) b.append(sec).append("秒");
        return b.toString();
    }

    /** A number without trailing zeros, at most {@code scale} decimals. */
    public static String number(BigDecimal n, int scale) {
        BigDecimal r = n.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0).toPlainString() : r.toPlainString();
    }
}
