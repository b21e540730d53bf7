package io.xiaobu.dialog.skills;

import io.xiaobu.time.Mention;
import io.xiaobu.time.MentionValue;
import io.xiaobu.time.TimeNormalizer;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Turns what the user said for a built-in slot type into the normalised form handlers receive
 * (see the SDK's {@code SlotTypes}): {@code sys.datetime} → {@code 2026-11-22T07:00:00},
 * {@code sys.date} → {@code 2026-11-22}, {@code sys.time} → {@code 07:00}, {@code sys.duration} →
 * {@code PT25M}, numbers as plain decimals. Resolved against the turn's reference time and zone.
 */
public final class SlotNormalizer {

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final TimeNormalizer time;

    public SlotNormalizer(TimeNormalizer time) {
        this.time = time;
    }

    /** The normalised value, or empty when the type is not a time/number type or nothing was found. */
    public Optional<String> normalize(String type, String said, ZonedDateTime reference) {
        return mention(type, said, reference).map(m -> format(type, m.value()));
    }

    /** The longest time or number the library reads in {@code said} for the slot type; never throws. */
    private Optional<Mention> mention(String type, String said, ZonedDateTime reference) {
        if (type == null || said == null || said.isBlank()) return Optional.empty();
        try {
            return time.normalizeSlot(type, said, reference);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Letters besides the time or number that a bare answer may have ("明天吧", "就七点", "改成八点半"). */
    static final int MAX_ANSWER_REST = 4;

    /**
     * As {@link #normalize}, for a bare answer to the assistant's question: only when the time or number is most of
     * what was said — at most {@value #MAX_ANSWER_REST} other letters, and no more of them than the mention has — so a
     * user who moves on ("北京今天天气怎么样") is not taken to answer "几点提醒你?" with 今天.
     */
    public Optional<String> normalizeAnswer(String type, String said, ZonedDateTime reference) {
        return mention(type, said, reference).filter(m -> {
            int mention = m.end() - m.start();
            long rest = letters(said) - letters(said.substring(m.start(), m.end()));
            return rest <= MAX_ANSWER_REST && rest <= mention;
        }).map(m -> format(type, m.value()));
    }

    private static long letters(String s) {
        return s.codePoints().filter(Character::isLetterOrDigit).count();
    }

    private static String format(String type, MentionValue value) {
        return switch (value) {
            case MentionValue.TimeValue t -> {
                ZonedDateTime at = t.instant() != null ? t.instant() : t.from();
                yield switch (type) {
                    case "sys.date" -> at.format(DATE);
                    case "sys.time" -> at.format(TIME);
                    default -> t.isInterval() ? t.from().format(DATETIME) + "/" + t.to().format(DATETIME) : at.format(DATETIME);
                };
            }
            case MentionValue.DurationValue d -> d.iso();
            case MentionValue.NumberValue n -> plain(n.value());
            case MentionValue.QuantityValue q -> plain(q.value());
            case MentionValue.RecurrenceValue r -> r.rrule();
        };
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
