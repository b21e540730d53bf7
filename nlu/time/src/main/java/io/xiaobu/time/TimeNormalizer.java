package io.xiaobu.time;

import io.xiaobu.time.parse.Candidate;
import io.xiaobu.time.parse.Chars;
import io.xiaobu.time.parse.Scanner;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds and resolves Chinese times, durations, numbers and quantities in a text, against a reference time.
 * Thread-safe and stateless per call: build one and share it.
 *
 * <pre>{@code
 * TimeNormalizer n = new TimeNormalizer();
 * List<Mention> ms = n.parse("明天下午三点半叫我起床", ZonedDateTime.now(ZoneId.of("Asia/Shanghai")));
 * Optional<Mention> m = n.normalizeSlot("sys.datetime", "明天下午三点", reference);
 * }</pre>
 *
 * <h2>Ambiguity policy</h2>
 * <ol>
 *   <li>A clock time without part of the day and without date ("三点"), hours 1–12: both 12-hour readings on
 *       the reference day and the next day are candidates; with {@link NormalizerOptions#preferFuture()} (the
 *       default, right for alarms and reminders) the earliest one at or after the reference wins. "三点" said
 *       at 20:00 is 03:00 the next day; at 04:30 it is 15:00 the same day. The value is marked
 *       {@code ambiguous} and the other readings are listed in {@code alternatives}.</li>
 *   <li>A clock time with a date but no part of the day ("明天三点"): hours 1..{@code afternoonUpToHour}
 *       (default 6) read as afternoon, later hours as morning; ambiguous, the other reading listed.</li>
 *   <li>A part of the day fixes the reading (下午三点 = 15:00, 晚上十二点 = 24:00 = next day 00:00,
 *       凌晨十二点 = 00:00). Without a date, a time already past today moves to tomorrow under preferFuture,
 *       and the past one is listed as the alternative.</li>
 *   <li>Dates without a year (3月1号), days without a month (五号), weekdays (周三), holidays (春节) and lunar
 *       dates (农历八月十五) resolve to their next occurrence on or after the reference day under
 *       preferFuture; 这周三 / 今年春节 keep the said week or year even when past.</li>
 *   <li>"3.1" is a date only with 号/日 or a following part of the day ("3.1号", "3.1晚上"); otherwise a number.</li>
 * </ol>
 * Grains: a day word is {@code day}, "下周" {@code week}, "三点" {@code hour}, "三点半" {@code minute}.
 * Intervals ("明天下午三点到五点", "这周末", "下午") carry {@code from} and an exclusive {@code to}; a clock end is
 * kept as said (to = 17:00), a day end includes that day.
 * Offsets are UTF-16 {@code char} indices into the given text. Bad input (empty, huge, control chars, emoji)
 * never throws: it yields no mention or a partial one.
 */
public final class TimeNormalizer {

    private final NormalizerOptions options;
    private final Scanner scanner;

    public TimeNormalizer() {
        this(NormalizerOptions.DEFAULTS);
    }

    public TimeNormalizer(NormalizerOptions options) {
        this.options = options;
        this.scanner = new Scanner(options);
    }

    /** All mentions of every dimension. */
    public List<Mention> parse(String text, ZonedDateTime reference) {
        return parse(text, reference, Dimension.ALL);
    }

    public List<Mention> parse(String text, Instant reference, ZoneId zone, Set<Dimension> dimensions) {
        return parse(text, reference.atZone(zone), dimensions);
    }

    public List<Mention> parse(String text, ZonedDateTime reference, Set<Dimension> dimensions) {
        return parse(text, 0, text == null ? 0 : text.length(), reference, dimensions);
    }

    /**
     * Mentions inside {@code text[start, end)} only (for example a slot span found by the NLU); offsets in the
     * result are still offsets into {@code text}. Out-of-range spans are clamped.
     */
    public List<Mention> parse(String text, int start, int end, ZonedDateTime reference, Set<Dimension> dimensions) {
        if (text == null || text.isEmpty() || reference == null || dimensions == null || dimensions.isEmpty()) {
            return List.of();
        }
        int from = Math.max(0, Math.min(start, text.length()));
        int to = Math.max(from, Math.min(end, Math.min(text.length(), from + options.maxTextLength())));
        if (from == to) {
            return List.of();
        }
        char[] folded = Chars.fold(text);
        List<Candidate> found;
        try {
            found = scanner.scan(folded, from, to, reference, dimensions);
        } catch (RuntimeException e) {
            // A recogniser bug must not break the caller's turn; report nothing rather than a wrong value.
            return List.of();
        }
        List<Mention> out = new ArrayList<>(found.size());
        for (Candidate c : found) {
            out.add(new Mention(c.dimension(), text.substring(c.start(), c.end()), c.start(), c.end(), c.value()));
        }
        return out;
    }

    /**
     * Normalises one slot value said by the user. Slot types: {@code sys.datetime} / {@code sys.date} /
     * {@code sys.time} (time or recurrence), {@code sys.duration}, {@code sys.number}, {@code sys.ordinal},
     * {@code sys.temperature}, {@code sys.distance}, {@code sys.volume}, {@code sys.money},
     * {@code sys.percentage}, {@code sys.recurrence}. Returns the mention covering most of the value, or empty
     * when the type is unknown or nothing was found.
     */
    public Optional<Mention> normalizeSlot(String slotType, String value, ZonedDateTime reference) {
        Set<Dimension> dims = dimensionsForSlot(slotType);
        if (dims.isEmpty() || value == null) {
            return Optional.empty();
        }
        Mention best = null;
        for (Mention m : parse(value, reference, dims)) {
            if (best == null || m.end() - m.start() > best.end() - best.start()) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The dimensions a slot type stands for; empty when unknown. */
    public static Set<Dimension> dimensionsForSlot(String slotType) {
        if (slotType == null) {
            return Set.of();
        }
        String t = slotType.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("sys.")) {
            t = t.substring(4);
        }
        return switch (t) {
            case "datetime", "date", "time" -> EnumSet.of(Dimension.TIME, Dimension.RECURRENCE);
            default -> Dimension.fromName(t).map(EnumSet::of).orElseGet(() -> EnumSet.noneOf(Dimension.class));
        };
    }
}
