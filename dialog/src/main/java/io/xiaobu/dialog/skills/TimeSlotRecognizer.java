package io.xiaobu.dialog.skills;

import io.xiaobu.nlu.grammar.SlotRecognizer;
import io.xiaobu.time.Dimension;
import io.xiaobu.time.Grain;
import io.xiaobu.time.Mention;
import io.xiaobu.time.MentionValue;
import io.xiaobu.time.TimeNormalizer;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Lets the rule grammar find time, number and quantity spans ({@code sys.time}, {@code sys.number} …)
 * with the time library. The grammar only needs the span: the value is resolved later against the
 * turn's own reference time by {@link SlotNormalizer}, so the candidate's value is the text itself.
 */
final class TimeSlotRecognizer implements SlotRecognizer {

    /** Longest span looked at from a start position; time expressions are shorter than this. */
    private static final int WINDOW = 24;
    private static final ZonedDateTime FIXED_REFERENCE = ZonedDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai"));

    private final String id;
    private final Set<Dimension> dimensions;
    private final TimeNormalizer time;
    private final List<Example> examples;

    TimeSlotRecognizer(String id, TimeNormalizer time, List<Example> examples) {
        this.id = id;
        this.dimensions = TimeNormalizer.dimensionsForSlot(id);
        this.time = time;
        this.examples = List.copyOf(examples);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<Candidate> recognize(String text, int start) {
        if (start >= text.length() || dimensions.isEmpty()) return List.of();
        String window = text.substring(start, Math.min(text.length(), start + WINDOW));
        List<Candidate> out = new ArrayList<>();
        try {
            for (Mention m : time.parse(window, FIXED_REFERENCE, dimensions)) {
                if (m.start() == 0 && m.end() > 0 && fits(m)) out.add(new Candidate(start + m.end(), m.text()));
            }
        } catch (RuntimeException e) {
            return List.of(); // a recogniser never throws: no span is a safe answer
        }
        out.sort(Comparator.comparingInt(Candidate::end).reversed());
        return out;
    }

    /**
     * A {@code sys.time} slot is a time of day: a day without a clock (明天, 周五) is no answer to "几点", so
     * "取消明天的闹钟" fills the alarm's date, not a time of 00:00.
     */
    private boolean fits(Mention m) {
        if (!"sys.time".equals(id) || !(m.value() instanceof MentionValue.TimeValue t)) return true;
        return t.grain() == null || t.grain().compareTo(Grain.HOUR) <= 0;
    }

    @Override
    public List<Example> examples() {
        return examples;
    }
}
