package io.xiaobu.time.parse;

import io.xiaobu.time.Dimension;
import io.xiaobu.time.NormalizerOptions;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Runs every recogniser at every position that can start a value, then keeps the best non-overlapping
 * candidates. Ranking, in order: (1) the longer span; (2) the dimension listed first in
 * {@link #PRIORITY} (time before recurrence before duration before quantities before numbers);
 * (3) the earlier start. Thread-safe: it holds only immutable configuration.
 */
public final class Scanner {

    private static final List<Dimension> PRIORITY = List.of(Dimension.TIME, Dimension.RECURRENCE, Dimension.DURATION,
            Dimension.MONEY, Dimension.TEMPERATURE, Dimension.DISTANCE, Dimension.VOLUME, Dimension.PERCENTAGE,
            Dimension.ORDINAL, Dimension.NUMBER);
    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingInt(Candidate::length).reversed()
            .thenComparingInt(c -> PRIORITY.indexOf(c.dimension()))
            .thenComparingInt(Candidate::start);
    private static final boolean[] TRIGGER = triggers();

    private final TimeResolver resolver;
    private final TimeParser timeParser;
    private final RecurrenceParser recurrenceParser;

    public Scanner(NormalizerOptions options) {
        this.resolver = new TimeResolver(options);
        this.timeParser = new TimeParser(resolver);
        this.recurrenceParser = new RecurrenceParser(options.afternoonUpToHour());
    }

    /** All chosen candidates of the wanted dimensions in {@code s[from, to)}, in text order. */
    public List<Candidate> scan(char[] s, int from, int to, ZonedDateTime ref, Set<Dimension> wanted) {
        char[] text = from == 0 && to == s.length ? s : java.util.Arrays.copyOfRange(s, from, to);
        List<Candidate> all = new ArrayList<>();
        boolean times = wanted.contains(Dimension.TIME) || wanted.contains(Dimension.DURATION);
        boolean quantities = wanted.stream().anyMatch(d -> d != Dimension.TIME && d != Dimension.RECURRENCE);
        int i = 0;
        while (i < text.length) {
            char c = text[i];
            if (!TRIGGER[c]) {
                i++;
                continue;
            }
            boolean numeral = ChineseNumerals.isNumeralChar(c);
            if (numeral && i > 0 && ChineseNumerals.isNumeralChar(text[i - 1]) && !Chars.isAsciiDigit(text[i - 1])
                    == !Chars.isAsciiDigit(c)) {
                i++;
                continue;
            }
            if (wanted.contains(Dimension.RECURRENCE) && (c == '每' || c == '工')) {
                recurrenceParser.scan(text, i, ref, all);
            }
            if (times) {
                timeParser.scan(text, i, ref, all);
                DurationParser.scan(text, i, ref, resolver, all);
            }
            if (quantities) {
                QuantityParser.scan(text, i, all);
            }
            if (numeral) {
                NumeralRun run = NumeralRun.at(text, i, true);
                if (run != null && run.value() == null && run.length() > ChineseNumerals.MAX_CHARS) {
                    i = run.end();
                    continue;
                }
            }
            i++;
        }
        return choose(all, wanted, from);
    }

    private static List<Candidate> choose(List<Candidate> all, Set<Dimension> wanted, int offset) {
        all.removeIf(c -> !wanted.contains(c.dimension()));
        all.sort(BEST_FIRST);
        List<Candidate> chosen = new ArrayList<>(all.size());
        for (Candidate c : all) {
            boolean free = true;
            for (Candidate k : chosen) {
                if (c.start() < k.end() && k.start() < c.end()) {
                    free = false;
                    break;
                }
            }
            if (free) {
                chosen.add(offset == 0 ? c : new Candidate(c.dimension(), c.start() + offset, c.end() + offset, c.value()));
            }
        }
        chosen.removeIf(c -> c.value() == null);
        chosen.sort(Comparator.comparingInt(Candidate::start));
        return chosen;
    }

    private static boolean[] triggers() {
        boolean[] t = new boolean[65536];
        String chars = "0123456789零〇一二三四五六七八九十百千万亿两俩幺壹贰叁肆伍陆柒捌玖拾佰仟廿卅卌仨负-第¥￥$€£人摄每工现此"
                + "今明后昨前去大当这本下上星礼周农阴旧正腊冬差过再半月年";
        for (char c : chars.toCharArray()) {
            t[c] = true;
        }
        for (String w : DayPart.WORDS) {
            t[w.charAt(0)] = true;
        }
        for (Holidays.Holiday h : Holidays.ALL) {
            t[h.name().charAt(0)] = true;
        }
        return t;
    }
}
