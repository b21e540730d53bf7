package io.xiaobu.skills.builtin.common;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The recurrences handlers receive for a time slot said as "每周一早上九点" — an RFC 5545 rule such as
 * {@code FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0} — read back: the next time it fires and how to say it. Daily,
 * weekly (with days) and monthly (with a day of the month) rules, which is what the time library produces.
 */
public final class Recurrence {

    private static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    private static final String NAMES = "一二三四五六日";

    private Recurrence() {
    }

    public static boolean isRule(String value) {
        return value != null && value.startsWith("FREQ=");
    }

    /** The first time after {@code now} the rule fires; empty for a rule this class cannot read. */
    public static Optional<ZonedDateTime> next(String rule, ZonedDateTime now) {
        Map<String, String> p = parts(rule);
        String freq = p.get("FREQ");
        if (freq == null) return Optional.empty();
        LocalTime at;
        try {
            at = LocalTime.of(Integer.parseInt(p.getOrDefault("BYHOUR", "0")), Integer.parseInt(p.getOrDefault("BYMINUTE", "0")));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        List<DayOfWeek> days = days(p.get("BYDAY"));
        for (int d = 0; d <= 62; d++) {
            ZonedDateTime c = now.toLocalDate().plusDays(d).atTime(at).atZone(now.getZone());
            if (!c.isAfter(now)) continue;
            boolean fits = switch (freq) {
                case "DAILY" -> true;
                case "WEEKLY" -> days.isEmpty() ? c.getDayOfWeek() == now.getDayOfWeek() : days.contains(c.getDayOfWeek());
                case "MONTHLY" -> String.valueOf(c.getDayOfMonth()).equals(p.getOrDefault("BYMONTHDAY", String.valueOf(now.getDayOfMonth())));
                default -> false;
            };
            if (fits) return Optional.of(c);
        }
        return Optional.empty();
    }

    /** How the rule is said: 每天, 每周一, 每个工作日, 每月1号 (without the time of day). */
    public static String spoken(String rule) {
        Map<String, String> p = parts(rule);
        String freq = p.getOrDefault("FREQ", "");
        return switch (freq) {
            case "DAILY" -> "每天";
            case "WEEKLY" -> {
                List<DayOfWeek> days = days(p.get("BYDAY"));
                if (days.equals(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY))) yield "每个工作日";
                if (days.equals(List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))) yield "每个周末";
                StringBuilder b = new StringBuilder("每周");
                for (int i = 0; i < days.size(); i++) b.append(i == 0 ? "" : "、").append(NAMES.charAt(days.get(i).getValue() - 1));
                yield b.toString();
            }
            case "MONTHLY" -> "每月" + p.getOrDefault("BYMONTHDAY", "") + "号";
            default -> "定期";
        };
    }

    private static Map<String, String> parts(String rule) {
        Map<String, String> out = new HashMap<>();
        if (rule == null) return out;
        for (String kv : rule.split(";")) {
            int eq = kv.indexOf('=');
            if (eq > 0) out.put(kv.substring(0, eq).strip().toUpperCase(), kv.substring(eq + 1).strip());
        }
        return out;
    }

    private static List<DayOfWeek> days(String byDay) {
        List<DayOfWeek> out = new ArrayList<>();
        if (byDay == null) return out;
        for (String d : byDay.split(",")) {
            int i = DAYS.indexOf(d.strip());
            if (i >= 0) out.add(DayOfWeek.of(i + 1));
        }
        out.sort(null);
        return out;
    }
}
