package io.xiaobu.time;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The resolved value of a {@link Mention}. Which record appears for which dimension:
 * <ul>
 *   <li>{@link TimeValue}: {@code time}</li>
 *   <li>{@link DurationValue}: {@code duration}</li>
 *   <li>{@link NumberValue}: {@code number}, {@code ordinal}, {@code percentage} (50 for "百分之五十")</li>
 *   <li>{@link QuantityValue}: {@code temperature}, {@code distance}, {@code volume}, {@code money}</li>
 *   <li>{@link RecurrenceValue}: {@code recurrence}</li>
 * </ul>
 */
public sealed interface MentionValue {

    /**
     * A point in time ({@code instant} set, {@code from}/{@code to} null) or an interval ({@code from} and
     * {@code to} set, {@code to} exclusive, {@code instant} null).
     *
     * @param ambiguous    true when the text allowed other readings (a bare "三点": 03:00 or 15:00); the
     *                     chosen one follows the policy documented on {@link TimeNormalizer}
     * @param alternatives the other readings, at most a few, empty when not ambiguous
     */
    record TimeValue(ZonedDateTime instant, ZonedDateTime from, ZonedDateTime to, Grain grain,
                     boolean ambiguous, List<ZonedDateTime> alternatives) implements MentionValue {
        public TimeValue {
            alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        }

        public static TimeValue instant(ZonedDateTime at, Grain grain) {
            return new TimeValue(at, null, null, grain, false, List.of());
        }

        public static TimeValue interval(ZonedDateTime from, ZonedDateTime to, Grain grain) {
            return new TimeValue(null, from, to, grain, false, List.of());
        }

        public boolean isInterval() {
            return instant == null;
        }
    }

    /**
     * An amount of time: calendar part ({@code period}: years, months, days) plus clock part ({@code duration}).
     * "一天半" is {@code P1D} + {@code PT12H}; "半小时" is {@code P0D} + {@code PT30M}.
     */
    record DurationValue(Period period, Duration duration, Grain grain) implements MentionValue {
        /** ISO-8601 form, e.g. {@code PT1H30M} or {@code P1DT12H}. */
        public String iso() {
            if (period.isZero()) {
                return duration.toString();
            }
            return duration.isZero() ? period.toString() : period + duration.toString().substring(1);
        }

        /** Approximate length in seconds (a month is 30 days, a year 365 days). */
        public long approximateSeconds() {
            long days = period.getYears() * 365L + period.getMonths() * 30L + period.getDays();
            return days * 86_400L + duration.getSeconds();
        }
    }

    /** A plain number; for percentages the number of percent (8 for "8%"). */
    record NumberValue(BigDecimal value) implements MentionValue {
    }

    /**
     * A number with a unit. Units: temperature {@code degree} (bare 度), {@code celsius}, {@code fahrenheit};
     * distance {@code km}, {@code m}, {@code cm}, {@code mm}, {@code mile}, {@code li} (市里);
     * volume {@code l}, {@code ml}; money ISO 4217 codes ({@code CNY}, {@code USD}, {@code EUR}, {@code JPY},
     * {@code HKD}, {@code GBP}).
     */
    record QuantityValue(BigDecimal value, String unit) implements MentionValue {
    }

    /**
     * A repeating time, as an RFC 5545 RRULE (e.g. {@code FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=7;BYMINUTE=0})
     * plus its first occurrence at or after the reference time (null when it cannot be computed).
     */
    record RecurrenceValue(String rrule, ZonedDateTime next) implements MentionValue {
    }
}
