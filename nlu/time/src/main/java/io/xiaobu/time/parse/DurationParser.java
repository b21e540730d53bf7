package io.xiaobu.time.parse;

import io.xiaobu.time.Dimension;
import io.xiaobu.time.Grain;
import io.xiaobu.time.MentionValue.DurationValue;
import io.xiaobu.time.MentionValue.TimeValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Durations (半小时, 一个半小时, 90分钟, 两天, 1小时20分钟) and the relative times built on them
 * (三天后, 半小时以后, 十分钟前, 过十分钟).
 */
final class DurationParser {

    private static final String[] UNITS = {"个小时", "个钟头", "小时", "钟头", "个钟", "分钟", "秒钟", "刻钟", "个星期",
        "个礼拜", "个月", "星期", "礼拜", "天", "周", "年", "分", "秒"};
    private static final Grain[] UNIT_GRAIN = {Grain.HOUR, Grain.HOUR, Grain.HOUR, Grain.HOUR, Grain.HOUR,
        Grain.MINUTE, Grain.SECOND, Grain.MINUTE, Grain.WEEK, Grain.WEEK, Grain.MONTH, Grain.WEEK, Grain.WEEK,
        Grain.DAY, Grain.WEEK, Grain.YEAR, Grain.MINUTE, Grain.SECOND};
    private static final String[] AFTER = {"以后", "之后", "过后", "后"};
    private static final String[] BEFORE = {"以前", "之前", "前"};
    private static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(1_000_000);

    private DurationParser() {
    }

    /** One parsed amount of time and where it ends. */
    record Parsed(Period period, Duration duration, Grain grain, int end) {
    }

    /** Adds the duration candidate and, with a 前/后 suffix or a 过 prefix, the relative time candidate. */
    static void scan(char[] s, int pos, ZonedDateTime ref, TimeResolver resolver, List<Candidate> out) {
        int q = pos;
        boolean pass = false;
        if (Chars.at(s, q, "再过")) {
            q += 2;
            pass = true;
        } else if (s[q] == '过' && q + 1 < s.length && s[q + 1] != '了') {
            q += 1;
            pass = true;
        }
        Parsed d = parse(s, q);
        if (d == null) {
            return;
        }
        DurationValue value = new DurationValue(d.period, d.duration, d.grain);
        if (!pass) {
            out.add(new Candidate(Dimension.DURATION, pos, d.end, value));
        }
        int e = d.end;
        int sign = 0;
        String w = Chars.firstAt(s, e, AFTER);
        if (w != null) {
            sign = 1;
        } else if (!pass && (w = Chars.firstAt(s, e, BEFORE)) != null) {
            sign = -1;
        }
        if (w != null) {
            e += w.length();
        } else if (pass) {
            sign = 1;
        }
        if (sign != 0) {
            TimeValue day;
            try {
                day = relative(ref, d, sign);
            } catch (java.time.DateTimeException | ArithmeticException outOfRange) {
                return;
            }
            out.add(new Candidate(Dimension.TIME, pos, e, day));
            if (day.grain() == Grain.DAY) {
                withTimeOfDay(s, pos, e, day, ref, resolver, out);
            }
        }
    }

    /** "三天后的下午三点": a relative day followed by a part of the day and/or a clock time. */
    private static void withTimeOfDay(char[] s, int pos, int e, TimeValue day, ZonedDateTime ref,
                                      TimeResolver resolver, List<Candidate> out) {
        int q = Chars.at(s, e, "的") ? e + 1 : e;
        TimeSpec t = new TimeSpec();
        int end = ClockGrammar.clock(s, ClockGrammar.part(s, q, t), t);
        if (end == q || t.hour == TimeSpec.UNSET && t.part == null) {
            return;
        }
        t.year = day.instant().getYear();
        t.month = day.instant().getMonthValue();
        t.day = day.instant().getDayOfMonth();
        TimeValue v = resolver.resolve(t, ref);
        if (v != null) {
            out.add(new Candidate(Dimension.TIME, pos, end, v));
        }
    }

    private static TimeValue relative(ZonedDateTime ref, Parsed d, int sign) {
        ZonedDateTime t = sign > 0 ? ref.plus(d.period).plus(d.duration) : ref.minus(d.period).minus(d.duration);
        if (d.grain.compareTo(Grain.DAY) >= 0) {
            return TimeValue.instant(t.truncatedTo(ChronoUnit.DAYS), Grain.DAY);
        }
        Grain g = d.grain == Grain.SECOND ? Grain.SECOND : Grain.MINUTE;
        return TimeValue.instant(t.truncatedTo(g.unit()), g);
    }

    /** Reads a duration at {@code pos}, merging smaller trailing parts (1小时20分钟); null if none. */
    static Parsed parse(char[] s, int pos) {
        Parsed first = single(s, pos, null);
        if (first == null) {
            return null;
        }
        Parsed total = first;
        while (true) {
            int q = total.end;
            if (Chars.at(s, q, "零")) {
                q++;
            }
            Parsed next = single(s, q, total.grain);
            if (next == null || next.grain.compareTo(total.grain) >= 0) {
                return total;
            }
            total = new Parsed(total.period.plus(next.period), total.duration.plus(next.duration), next.grain, next.end);
        }
    }

    /** One amount + unit; after a larger unit ({@code after}), bare 分 is accepted as minutes. */
    private static Parsed single(char[] s, int pos, Grain after) {
        if (pos >= s.length) {
            return null;
        }
        BigDecimal amount;
        int q;
        if (s[pos] == '半') {
            amount = new BigDecimal("0.5");
            q = pos + 1;
            if (Chars.at(s, q, "个") && !Chars.at(s, q, "个月")) {
                q++;
            }
        } else {
            if (!ChineseNumerals.isNumeralChar(s[pos])) {
                return null;
            }
            NumeralRun r = NumeralRun.at(s, pos, true);
            if (r == null || r.value() == null || r.value().signum() <= 0 || r.value().compareTo(MAX_AMOUNT) > 0) {
                return null;
            }
            amount = r.value();
            q = r.end();
            if (Chars.at(s, q, "个半")) {
                amount = amount.add(new BigDecimal("0.5"));
                q += 2;
                if (Chars.at(s, q, "月")) {
                    return new Parsed(Period.ofMonths(amount.intValue()).plusDays(15), Duration.ZERO, Grain.DAY, q + 1);
                }
            }
        }
        String unit = Chars.firstAt(s, q, UNITS);
        if (unit == null) {
            return null;
        }
        int k = indexOf(unit);
        Grain grain = UNIT_GRAIN[k];
        if (unit.equals("分") && Chars.at(s, q + 1, "半钟")) {
            long seconds = amount.multiply(BigDecimal.valueOf(60)).longValue() + 30; // 一分半钟
            return new Parsed(Period.ZERO, Duration.ofSeconds(seconds), Grain.SECOND, q + 3);
        }
        if (unit.equals("分") && after != Grain.HOUR && !secondsFollow(s, q + 1)) {
            return null;
        }
        if (unit.equals("年") && isYearLike(s, pos, q)) {
            return null;
        }
        if (unit.equals("周") && q + 1 < s.length && (s[q + 1] == '年' || s[q + 1] == '岁')) {
            return null;
        }
        int e = q + unit.length();
        if (s[pos] != '半' && amount.scale() == 0 && Chars.at(s, e, "半")
                && !(e + 1 < s.length && (s[e + 1] == '个' || ChineseNumerals.isNumeralChar(s[e + 1])))) {
            amount = amount.add(new BigDecimal("0.5"));
            e++;
        }
        long unitSeconds = switch (grain) {
            case SECOND -> 1;
            case MINUTE -> unit.equals("刻钟") ? 900 : 60;
            case HOUR -> 3600;
            default -> 0;
        };
        if (unitSeconds > 0) {
            long seconds = amount.multiply(BigDecimal.valueOf(unitSeconds)).setScale(0, RoundingMode.HALF_UP).longValueExact();
            Grain g = grain == Grain.HOUR && seconds % 3600 != 0 ? Grain.MINUTE : grain;
            return new Parsed(Period.ZERO, Duration.ofSeconds(seconds), g, e);
        }
        BigDecimal whole = amount.setScale(0, RoundingMode.DOWN);
        BigDecimal frac = amount.subtract(whole);
        int n = whole.intValueExact();
        Period p;
        Duration extra = Duration.ZERO;
        switch (grain) {
            case DAY -> {
                p = Period.ofDays(n);
                extra = Duration.ofSeconds(frac.multiply(BigDecimal.valueOf(86_400)).longValue());
            }
            case WEEK -> {
                BigDecimal days = amount.multiply(BigDecimal.valueOf(7));
                p = Period.ofDays(days.intValue());
                extra = Duration.ofSeconds(days.subtract(BigDecimal.valueOf(days.intValue()))
                        .multiply(BigDecimal.valueOf(86_400)).longValue());
            }
            case MONTH -> p = Period.ofMonths(n).plusDays(frac.multiply(BigDecimal.valueOf(30)).intValue());
            default -> p = Period.ofYears(n).plusMonths(frac.multiply(BigDecimal.valueOf(12)).intValue());
        }
        Grain g = frac.signum() != 0 && grain != Grain.DAY ? (grain == Grain.YEAR ? Grain.MONTH : Grain.DAY)
                : frac.signum() != 0 ? Grain.HOUR : grain;
        return new Parsed(p, extra, g, e);
    }

    /** "2分30秒": bare 分 is minutes when seconds follow. */
    private static boolean secondsFollow(char[] s, int pos) {
        NumeralRun r = NumeralRun.intAt(s, pos, 59);
        return r != null && r.end() < s.length && s[r.end()] == '秒';
    }

    /** "2026年", "二零二六年", "13年": a year, not a number of years. */
    private static boolean isYearLike(char[] s, int from, int to) {
        if (to - from != 2 && to - from != 4) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (ChineseNumerals.digit(s[i]) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(String unit) {
        for (int i = 0; i < UNITS.length; i++) {
            if (UNITS[i].equals(unit)) {
                return i;
            }
        }
        return -1;
    }
}
