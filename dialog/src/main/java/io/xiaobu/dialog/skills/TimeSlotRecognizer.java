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
        if (out.isEmpty() && "sys.number".equals(id)) out.addAll(numbersOfQuantities(window, start));
        out.sort(Comparator.comparingInt(Candidate::end).reversed());
        return out;
    }

    /** Quantities whose number a unit slot follows: "三十摄氏度是多少华氏度" is one temperature to the library. */
    private static final java.util.EnumSet<Dimension> QUANTITIES = java.util.EnumSet.of(Dimension.TEMPERATURE,
            Dimension.DISTANCE, Dimension.VOLUME, Dimension.MONEY);
    private static final String NUMERAL = "0123456789.零〇一二两三四五六七八九十百千万亿点";

    /**
     * The number that opens a quantity mention at the start ("三十" of "三十摄氏度"), for a {@code sys.number} slot the
     * template follows with a unit: the library reads the quantity whole and finds no number of its own there.
     */
    private List<Candidate> numbersOfQuantities(String window, int start) {
        try {
            for (Mention m : time.parse(window, FIXED_REFERENCE, QUANTITIES)) {
                if (m.start() != 0) continue;
                int n = 0;
                while (n < m.text().length() && NUMERAL.indexOf(m.text().charAt(n)) >= 0) n++;
                if (n > 0 && n < m.text().length()) return List.of(new Candidate(start + n, m.text().substring(0, n)));
            }
        } catch (RuntimeException e) {
            return List.of();
        }
        return List.of();
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
