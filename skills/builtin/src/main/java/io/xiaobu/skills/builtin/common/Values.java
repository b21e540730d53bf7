package io.xiaobu.skills.builtin.common;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Parses the normalised slot values the pipeline hands over: ISO-8601 dates, times, date-times and
 * durations, and plain decimal numbers. A handful of relative day words are accepted as a fallback.
 */
public final class Values {

    private Values() {
    }

    /** A point in time: an ISO date-time, or a bare time of day taken as its next occurrence after {@code now}. */
    public static Optional<ZonedDateTime> dateTime(String v, ZonedDateTime now) {
        if (v == null || v.isBlank()) return Optional.empty();
        String s = v.strip();
        try {
            return Optional.of(OffsetDateTime.parse(s).atZoneSameInstant(now.getZone()));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(LocalDateTime.parse(s).atZone(now.getZone()));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        Optional<LocalTime> t = time(s);
        if (t.isPresent()) {
            ZonedDateTime today = now.toLocalDate().atTime(t.get()).atZone(now.getZone());
            return Optional.of(today.isAfter(now) ? today : today.plusDays(1));
        }
        return date(s, now).map(d -> d.atTime(LocalTime.of(9, 0)).atZone(now.getZone()));
    }

    /** A time of day from {@code HH:mm[:ss]} or from the time part of an ISO date-time. */
    public static Optional<LocalTime> time(String v) {
        if (v == null || v.isBlank()) return Optional.empty();
        String s = v.strip();
        try {
            return Optional.of(LocalTime.parse(s.length() == 4 && s.charAt(1) == ':' ? "0" + s : s));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(LocalDateTime.parse(s).toLocalTime());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(OffsetDateTime.parse(s).toLocalTime());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A calendar date from {@code yyyy-MM-dd}, an ISO date-time, or 今天/明天/后天/昨天. */
    public static Optional<LocalDate> date(String v, ZonedDateTime now) {
        if (v == null || v.isBlank()) return Optional.empty();
        String s = v.strip();
        switch (s) {
            case "今天", "今日" -> { return Optional.of(now.toLocalDate()); }
            case "明天", "明日" -> { return Optional.of(now.toLocalDate().plusDays(1)); }
            case "后天" -> { return Optional.of(now.toLocalDate().plusDays(2)); }
            case "昨天" -> { return Optional.of(now.toLocalDate().minusDays(1)); }
            default -> { }
        }
        try {
            return Optional.of(LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** A duration from ISO-8601 ({@code PT5M}) or a number of seconds. */
    public static Optional<Duration> duration(String v) {
        if (v == null || v.isBlank()) return Optional.empty();
        try {
            Duration d = Duration.parse(v.strip());
            return d.isNegative() || d.isZero() ? Optional.empty() : Optional.of(d);
        } catch (DateTimeParseException e) {
            return number(v).filter(n -> n.signum() > 0 && n.compareTo(BigDecimal.valueOf(31_536_000L)) <= 0)
                    .map(n -> Duration.ofSeconds(n.longValue()));
        }
    }

    public static Optional<BigDecimal> number(String v) {
        if (v == null || v.isBlank() || v.length() > 40) return Optional.empty();
        try {
            return Optional.of(new BigDecimal(v.strip().replace("％", "").replace("%", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
