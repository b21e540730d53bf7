package io.xiaobu.time;

import io.xiaobu.time.MentionValue.DurationValue;
import io.xiaobu.time.MentionValue.NumberValue;
import io.xiaobu.time.MentionValue.QuantityValue;
import io.xiaobu.time.MentionValue.RecurrenceValue;
import io.xiaobu.time.MentionValue.TimeValue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A TSV case file: {@code text, dimension, span, expected, [reference]}. Expected forms: time
 * {@code 2013-02-13T15:30:00/minute} or {@code from..to} (local times in Asia/Shanghai); duration ISO-8601;
 * numbers as decimals; quantities {@code "26 degree"}; recurrence {@code RRULE[@next]}; dimension
 * {@code none} means no mention at all.
 */
final class CaseFile {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final ZonedDateTime DEFAULT_REFERENCE = LocalDateTime.parse("2013-02-12T04:30:00").atZone(ZONE);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    record Case(int line, String text, String dimension, String span, String expected, ZonedDateTime reference) {
        @Override
        public String toString() {
            return text + " → " + dimension + " " + expected;
        }
    }

    private CaseFile() {
    }

    static List<Case> load(String resource) {
        InputStream in = CaseFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        List<Case> cases = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                ZonedDateTime ref = f.length > 4 && !f[4].isBlank()
                        ? LocalDateTime.parse(f[4].strip()).atZone(ZONE) : DEFAULT_REFERENCE;
                cases.add(new Case(n, f[0], f[1], f[2], f[3], ref));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /** Null when the case passes, else what was found instead. */
    static String check(TimeNormalizer normalizer, Case c) {
        List<Mention> mentions = normalizer.parse(c.text(), c.reference());
        if (c.dimension().equals("none")) {
            return mentions.isEmpty() ? null : "expected nothing, got " + describe(mentions);
        }
        for (Mention m : mentions) {
            if (m.dimension().jsonName().equals(c.dimension()) && (c.span().isEmpty() || m.text().equals(c.span()))
                    && matches(m.value(), c.expected())) {
                return null;
            }
        }
        return "got " + describe(mentions);
    }

    static String describe(List<Mention> mentions) {
        List<String> out = new ArrayList<>();
        for (Mention m : mentions) {
            out.add(m.dimension().jsonName() + "[" + m.text() + "]=" + format(m.value()));
        }
        return out.toString();
    }

    static String format(MentionValue v) {
        return switch (v) {
            case TimeValue t -> t.isInterval() ? LOCAL.format(t.from()) + ".." + LOCAL.format(t.to())
                    : LOCAL.format(t.instant()) + "/" + t.grain().jsonName();
            case DurationValue d -> d.iso();
            case NumberValue n -> n.value().stripTrailingZeros().toPlainString();
            case QuantityValue q -> q.value().stripTrailingZeros().toPlainString() + " " + q.unit();
            case RecurrenceValue r -> r.rrule() + (r.next() == null ? "" : "@" + LOCAL.format(r.next()));
        };
    }

    private static boolean matches(MentionValue v, String expected) {
        String got = format(v);
        return switch (v) {
            case NumberValue n -> closeTo(n.value(), expected);
            case QuantityValue q -> {
                String[] e = expected.split(" ");
                yield e.length == 2 && closeTo(q.value(), e[0]) && q.unit().equals(e[1]);
            }
            case RecurrenceValue r -> expected.contains("@") ? got.equals(expected) : r.rrule().equals(expected);
            default -> got.equals(expected);
        };
    }

    private static boolean closeTo(BigDecimal v, String expected) {
        try {
            return v.subtract(new BigDecimal(expected)).abs().compareTo(new BigDecimal("1e-9")) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Pass counts per dimension, printed as a table. */
    static String report(String title, TimeNormalizer normalizer, List<Case> cases, List<String> failures) {
        Map<String, int[]> perDim = new TreeMap<>();
        for (Case c : cases) {
            int[] counts = perDim.computeIfAbsent(c.dimension(), k -> new int[2]);
            counts[1]++;
            String problem = check(normalizer, c);
            if (problem == null) {
                counts[0]++;
            } else {
                failures.add("line " + c.line() + ": " + c + " — " + problem);
            }
        }
        StringBuilder b = new StringBuilder(title).append('\n');
        int pass = 0;
        int total = 0;
        for (Map.Entry<String, int[]> e : perDim.entrySet()) {
            pass += e.getValue()[0];
            total += e.getValue()[1];
            b.append(String.format("  %-12s %4d / %4d  %5.1f%%%n", e.getKey(), e.getValue()[0], e.getValue()[1],
                    100.0 * e.getValue()[0] / e.getValue()[1]));
        }
        b.append(String.format("  %-12s %4d / %4d  %5.1f%%%n", "all", pass, total, 100.0 * pass / total));
        return b.toString();
    }
}
