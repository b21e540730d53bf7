package io.xiaobu.time.parse;

import io.xiaobu.time.Grain;
import io.xiaobu.time.MentionValue.TimeValue;
import io.xiaobu.time.NormalizerOptions;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link TimeSpec} into a {@link TimeValue} against the reference time, applying the ambiguity
 * policy described on {@link io.xiaobu.time.TimeNormalizer}. Returns null for impossible dates (2月30日).
 */
final class TimeResolver {

    private final NormalizerOptions options;

    TimeResolver(NormalizerOptions options) {
        this.options = options;
    }

    /** A resolved date: its first day, its grain and, for weekends, its exclusive end. */
    private record DateRef(LocalDate date, Grain grain, LocalDate end) {
    }

    TimeValue resolve(TimeSpec t, ZonedDateTime ref) {
        try {
            return resolveOrThrow(t, ref);
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    private TimeValue resolveOrThrow(TimeSpec t, ZonedDateTime ref) {
        if (t.now) {
            return TimeValue.instant(ref.truncatedTo(ChronoUnit.SECONDS), Grain.SECOND);
        }
        DateRef d = t.hasDate() ? date(t, ref.toLocalDate()) : null;
        if (t.hasDate() && d == null) {
            return null;
        }
        if (t.sameTimeOfDay) {
            ZonedDateTime at = ZonedDateTime.of(d.date.atTime(ref.toLocalTime()), ref.getZone());
            return TimeValue.instant(at.truncatedTo(ChronoUnit.MINUTES), Grain.MINUTE);
        }
        if (t.hour != TimeSpec.UNSET) {
            return clock(t, d, ref);
        }
        if (t.part != null) {
            LocalDate day = d == null ? ref.toLocalDate() : d.date;
            ZonedDateTime from = at(day, t.part.startHour, 0, 0, ref);
            ZonedDateTime to = at(day, t.part.endHour, 0, 0, ref);
            if (d == null && options.preferFuture() && !to.isAfter(ref)) {
                from = from.plusDays(1);
                to = to.plusDays(1);
            }
            return TimeValue.interval(from, to, Grain.HOUR);
        }
        if (d.end != null) {
            return TimeValue.interval(d.date.atStartOfDay(ref.getZone()), d.end.atStartOfDay(ref.getZone()), Grain.DAY);
        }
        return TimeValue.instant(d.date.atStartOfDay(ref.getZone()), d.grain);
    }

    private TimeValue clock(TimeSpec t, DateRef d, ZonedDateTime ref) {
        int minute = t.minute == TimeSpec.UNSET ? 0 : t.minute;
        int second = t.second == TimeSpec.UNSET ? 0 : t.second;
        Grain grain = t.second != TimeSpec.UNSET ? Grain.SECOND : t.minute != TimeSpec.UNSET ? Grain.MINUTE : Grain.HOUR;
        List<Integer> readings = new ArrayList<>(2);
        if (t.part != null) {
            readings.add(t.part.toHour24(t.hour));
        } else if (t.hour24) {
            readings.add(t.hour);
        } else {
            int h = t.hour % 12;
            boolean pmFirst = d != null && t.hour >= 1 && t.hour <= options.afternoonUpToHour();
            readings.add(pmFirst ? h + 12 : (t.hour == 12 ? 12 : h));
            readings.add(pmFirst ? h : (t.hour == 12 ? 24 : h + 12));
        }
        if (d != null) {
            ZonedDateTime chosen = at(d.date, readings.get(0), minute, second, ref);
            List<ZonedDateTime> alts = new ArrayList<>();
            for (int i = 1; i < readings.size(); i++) {
                alts.add(at(d.date, readings.get(i), minute, second, ref));
            }
            return new TimeValue(chosen, null, null, grain, !alts.isEmpty(), alts);
        }
        // No date said: candidates today and tomorrow for every reading; the policy picks one.
        LocalDate today = ref.toLocalDate();
        List<ZonedDateTime> candidates = new ArrayList<>(4);
        for (int day = 0; day <= 1; day++) {
            for (int h : readings) {
                candidates.add(at(today.plusDays(day), h, minute, second, ref));
            }
        }
        candidates.sort(null);
        ZonedDateTime chosen = null;
        if (options.preferFuture()) {
            for (ZonedDateTime c : candidates) {
                if (!c.isBefore(ref)) {
                    chosen = c;
                    break;
                }
            }
        } else {
            chosen = at(today, readings.get(0), minute, second, ref);
        }
        if (chosen == null) {
            chosen = candidates.get(candidates.size() - 1);
        }
        // Alternatives: each other 12-hour reading at its next occurrence; for the chosen reading, today's
        // past time when the policy moved it to tomorrow.
        List<ZonedDateTime> alts = new ArrayList<>(2);
        for (int h : readings) {
            ZonedDateTime todays = at(today, h, minute, second, ref);
            boolean chosenReading = at(chosen.toLocalDate(), h, minute, second, ref).equals(chosen);
            ZonedDateTime alt;
            if (chosenReading) {
                alt = readings.size() == 1 && todays.isBefore(ref) && !todays.equals(chosen) ? todays : null;
            } else {
                alt = options.preferFuture() && todays.isBefore(ref) ? todays.plusDays(1) : todays;
            }
            if (alt != null && !alt.equals(chosen) && !alts.contains(alt)) {
                alts.add(alt);
            }
        }
        alts.sort(null);
        return new TimeValue(chosen, null, null, grain, !alts.isEmpty(), alts);
    }

    private DateRef date(TimeSpec t, LocalDate today) {
        if (t.holiday != null) {
            LocalDate base = t.year != TimeSpec.UNSET || t.yearOffset != TimeSpec.UNSET
                    ? Holidays.inYear(t.holiday, year(t, today))
                    : options.preferFuture() ? Holidays.next(t.holiday, today) : Holidays.inYear(t.holiday, today.getYear());
            return base == null ? null : new DateRef(base, Grain.DAY, null);
        }
        if (t.lunarMonth != TimeSpec.UNSET) {
            LocalDate base;
            if (t.year != TimeSpec.UNSET || t.yearOffset != TimeSpec.UNSET) {
                base = Holidays.lunarToSolar(year(t, today), t.lunarMonth, t.lunarDay);
            } else if (options.preferFuture()) {
                base = Holidays.nextLunar(t.lunarMonth, t.lunarDay, today);
            } else {
                base = Holidays.lunarToSolar(today.getYear(), t.lunarMonth, t.lunarDay);
            }
            return base == null ? null : new DateRef(base, Grain.DAY, null);
        }
        if (t.dayOffset != TimeSpec.UNSET) {
            return new DateRef(today.plusDays(t.dayOffset), Grain.DAY, null);
        }
        if (t.weekOffset != TimeSpec.UNSET || t.weekday != TimeSpec.UNSET || t.weekend) {
            return week(t, today);
        }
        boolean yearSaid = t.year != TimeSpec.UNSET || t.yearOffset != TimeSpec.UNSET;
        boolean monthSaid = t.month != TimeSpec.UNSET || t.monthOffset != TimeSpec.UNSET;
        int y = yearSaid ? year(t, today) : today.getYear();
        if (t.yearEdge != 0) {
            return new DateRef(t.yearEdge < 0 ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31), Grain.DAY, null);
        }
        if (t.monthEdge != 0) {
            LocalDate m = t.monthOffset != TimeSpec.UNSET ? today.withDayOfMonth(1).plusMonths(t.monthOffset)
                    : t.month != TimeSpec.UNSET ? LocalDate.of(y, t.month, 1) : today.withDayOfMonth(1);
            if (!yearSaid && t.month != TimeSpec.UNSET && options.preferFuture()
                    && m.plusMonths(1).isBefore(today.plusDays(1))) {
                m = m.plusYears(1);
            }
            return new DateRef(t.monthEdge < 0 ? m : m.withDayOfMonth(m.lengthOfMonth()), Grain.DAY, null);
        }
        if (t.monthOffset != TimeSpec.UNSET) {
            LocalDate m = today.withDayOfMonth(1).plusMonths(t.monthOffset);
            return t.day == TimeSpec.UNSET ? new DateRef(m, Grain.MONTH, null)
                    : new DateRef(m.withDayOfMonth(t.day), Grain.DAY, null);
        }
        if (t.month != TimeSpec.UNSET) {
            if (t.day == TimeSpec.UNSET) {
                LocalDate m = LocalDate.of(y, t.month, 1);
                if (!yearSaid && options.preferFuture() && m.plusMonths(1).isBefore(today.plusDays(1))) {
                    m = m.plusYears(1);
                }
                return new DateRef(m, Grain.MONTH, null);
            }
            LocalDate date = LocalDate.of(y, t.month, t.day);
            if (!yearSaid && options.preferFuture() && date.isBefore(today)) {
                date = LocalDate.of(y + 1, t.month, t.day);
            }
            return new DateRef(date, Grain.DAY, null);
        }
        if (t.day != TimeSpec.UNSET) {
            LocalDate date = LocalDate.of(y, today.getMonthValue(), 1);
            if (t.day > date.lengthOfMonth() || (options.preferFuture() && t.day < today.getDayOfMonth())) {
                date = date.plusMonths(1);
            }
            return new DateRef(date.withDayOfMonth(t.day), Grain.DAY, null);
        }
        if (yearSaid && !monthSaid) {
            return new DateRef(LocalDate.of(y, 1, 1), Grain.YEAR, null);
        }
        return null;
    }

    private DateRef week(TimeSpec t, LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (t.weekOffset != TimeSpec.UNSET) {
            monday = monday.plusWeeks(t.weekOffset);
        } else if (options.preferFuture()) {
            boolean passed = !t.weekend && t.weekday < today.getDayOfWeek().getValue();
            if (passed) {
                monday = monday.plusWeeks(1);
            }
        }
        if (t.weekend) {
            return new DateRef(monday.plusDays(5), Grain.DAY, monday.plusDays(7));
        }
        if (t.weekday != TimeSpec.UNSET) {
            return new DateRef(monday.plusDays(t.weekday - 1L), Grain.DAY, null);
        }
        return new DateRef(monday, Grain.WEEK, null);
    }

    private static int year(TimeSpec t, LocalDate today) {
        return t.year != TimeSpec.UNSET ? t.year : today.getYear() + t.yearOffset;
    }

    /** The zoned time on {@code day} at {@code hour} (24+ rolls into the next day). */
    private static ZonedDateTime at(LocalDate day, int hour, int minute, int second, ZonedDateTime ref) {
        LocalDateTime ldt = day.atStartOfDay().plusHours(hour).plusMinutes(minute).plusSeconds(second);
        return ZonedDateTime.of(ldt, ref.getZone());
    }
}
