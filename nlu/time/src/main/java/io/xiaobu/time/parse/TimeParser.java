package io.xiaobu.time.parse;

import io.xiaobu.time.Dimension;
import io.xiaobu.time.Grain;
import io.xiaobu.time.MentionValue.TimeValue;

import java.time.ZonedDateTime;
import java.util.List;

/** Times and intervals: one point ("明天下午三点半") or two joined by 到/至/-/~ ("明天下午三点到五点"). */
final class TimeParser {

    private static final String[] CONNECTORS = {"一直到", "到", "至", "-", "~", "—"};

    private final TimeResolver resolver;

    TimeParser(TimeResolver resolver) {
        this.resolver = resolver;
    }

    void scan(char[] s, int pos, ZonedDateTime ref, List<Candidate> out) {
        TimeSpec a = new TimeSpec();
        int e = TimeGrammar.point(s, pos, a);
        if (e == pos) {
            return;
        }
        TimeValue first = resolver.resolve(a, ref);
        if (first == null) {
            // An impossible date (2月30号) blocks its parts from being read as something else.
            out.add(new Candidate(Dimension.TIME, pos, e, null));
            return;
        }
        String connector = Chars.firstAt(s, e, CONNECTORS);
        if (connector != null) {
            TimeSpec b = new TimeSpec();
            int start2 = e + connector.length();
            int e2 = TimeGrammar.point(s, start2, b);
            if (e2 > start2 && !b.now) {
                b.inheritFrom(a);
                TimeValue second = resolver.resolve(b, ref);
                boolean weekdayOnly = b.weekday != TimeSpec.UNSET && b.weekOffset == TimeSpec.UNSET;
                TimeValue range = second == null ? null : range(first, second, weekdayOnly);
                if (range != null) {
                    out.add(new Candidate(Dimension.TIME, pos, e2, range));
                    return;
                }
            }
        }
        out.add(new Candidate(Dimension.TIME, pos, e, first));
    }

    /**
     * From the start of the first to the end of the second: a clock end is kept as said, a day end is inclusive.
     * An end before the start moves to its next occurrence (a later 12-hour reading, the next day or week).
     */
    private static TimeValue range(TimeValue a, TimeValue b, boolean weekdayOnly) {
        ZonedDateTime from = a.isInterval() ? a.from() : a.instant();
        ZonedDateTime to;
        if (b.isInterval()) {
            to = b.to();
        } else if (b.grain().compareTo(Grain.DAY) >= 0) {
            to = b.instant().plus(1, b.grain().unit());
        } else {
            to = b.instant();
        }
        if (!to.isAfter(from)) {
            if (weekdayOnly) {
                to = to.plusWeeks(1); // 周一到周三: the first such weekday after the start
            } else if (b.grain().compareTo(Grain.DAY) < 0 && !b.alternatives().isEmpty()
                    && b.alternatives().get(b.alternatives().size() - 1).isAfter(from)) {
                to = b.alternatives().get(b.alternatives().size() - 1);
            } else if (b.grain().compareTo(Grain.DAY) < 0) {
                to = to.plusDays(1);
            }
        }
        if (!to.isAfter(from)) {
            return null;
        }
        return TimeValue.interval(from, to, Grain.finer(a.grain(), b.grain()));
    }
}
