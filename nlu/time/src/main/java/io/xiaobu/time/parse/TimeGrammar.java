package io.xiaobu.time.parse;

/**
 * Reads one spoken time point into a {@link TimeSpec}: an optional date (absolute, relative, week, holiday
 * or lunar), then an optional part of the day, then an optional clock time. Pure syntax; no resolution.
 */
final class TimeGrammar {

    private static final String[] REL_DAY = {"大后天", "大前天", "今天", "今日", "今儿", "明天", "明日", "明儿",
        "后天", "昨天", "昨日", "昨儿", "前天", "当天"};
    private static final int[] REL_DAY_OFFSET = {3, -3, 0, 0, 0, 1, 1, 1, 2, -1, -1, -1, -2, 0};
    private static final String[] REL_DAY_PART = {"今早", "今晚", "今夜", "明早", "明晚", "昨晚", "昨夜"};
    private static final int[] REL_DAY_PART_OFFSET = {0, 0, 0, 1, 1, -1, -1};
    private static final DayPart[] REL_DAY_PART_PART = {DayPart.MORNING, DayPart.EVENING, DayPart.EVENING,
        DayPart.MORNING, DayPart.EVENING, DayPart.EVENING, DayPart.EVENING};
    private static final String[] REL_YEAR = {"大前年", "大后年", "今年", "明年", "去年", "前年", "后年"};
    private static final int[] REL_YEAR_OFFSET = {-3, 3, 0, 1, -1, -2, 2};
    private static final String[] REL_MONTH = {"下下个月", "上上个月", "这个月", "本月", "下个月", "下月", "上个月",
        "上月", "当月"};
    private static final int[] REL_MONTH_OFFSET = {2, -2, 0, 0, 1, 1, -1, -1, 0};
    private static final String[] WEEK_PREFIX = {"下下个", "上上个", "下下", "上上", "这个", "下个", "上个", "这",
        "本", "下", "上"};
    private static final int[] WEEK_PREFIX_OFFSET = {2, -2, 2, -2, 0, 1, -1, 0, 0, 1, -1};
    private static final String[] WEEK_WORD = {"星期", "礼拜", "周"};
    /** A numeral-like holiday (五一, 十一) counts only before one of these (十一假期, 五一长假) or after a year. */
    private static final String HOLIDAY_CONTEXT = "假长黄节期那放";

    private TimeGrammar() {
    }

    /** Reads a point at {@code pos}; returns the end, or {@code pos} when nothing was read. */
    static int point(char[] s, int pos, TimeSpec t) {
        if (Chars.at(s, pos, "现在") || Chars.at(s, pos, "此刻") || Chars.at(s, pos, "此时") || Chars.at(s, pos, "当前")) {
            t.now = true;
            return pos + 2;
        }
        int p = date(s, pos, t);
        if (t.hasDate()) {
            int q = Chars.at(s, p, "的") ? p + 1 : p;
            for (String w : new String[] {"这个时候", "这时候", "这个点"}) {
                if (Chars.at(s, q, w)) {
                    t.sameTimeOfDay = true;
                    return q + w.length();
                }
            }
        }
        p = ClockGrammar.part(s, p, t);
        int afterPart = p;
        p = ClockGrammar.clock(s, p, t);
        if (p == afterPart && t.part != null && !t.hasDate() && p < s.length && (s[p] == '好' || s[p] == '安')) {
            return pos; // 早上好, 晚安: a greeting, not a time
        }
        return t.isEmpty() ? pos : p;
    }

    static int date(char[] s, int p, TimeSpec t) {
        int de = -1;
        int q = DateForms.numericDate(s, p, t);
        if (q == p) {
            q = year(s, p, t);
            if (q > p && Chars.at(s, q, "的")) {
                de = q++; // 今年的中秋节: kept only if a date part follows
            }
        }
        int end = dateParts(s, q, t);
        return de >= 0 && end == de + 1 ? de : end;
    }

    private static int dateParts(char[] s, int q, TimeSpec t) {
        int p = q;
        q = DateForms.lunar(s, p, t);
        if (q == p) {
            q = month(s, p, t);
            q = day(s, q, t);
        }
        p = q;
        if (!t.hasDate()) {
            String w = Chars.firstAt(s, p, REL_DAY);
            if (w != null) {
                t.dayOffset = REL_DAY_OFFSET[indexOf(REL_DAY, w)];
                p += w.length();
            } else if ((w = Chars.firstAt(s, p, REL_DAY_PART)) != null) {
                int k = indexOf(REL_DAY_PART, w);
                t.dayOffset = REL_DAY_PART_OFFSET[k];
                t.part = REL_DAY_PART_PART[k];
                return p + w.length();
            }
        }
        p = edges(s, p, t);
        p = week(s, p, t);
        if (t.month == TimeSpec.UNSET && t.day == TimeSpec.UNSET && t.lunarMonth == TimeSpec.UNSET
                && t.dayOffset == TimeSpec.UNSET) {
            Holidays.Holiday h = Holidays.at(s, p);
            if (h != null) {
                int e = p + h.name().length();
                boolean numeric = h.name().chars().allMatch(ch -> ChineseNumerals.isNumeralChar((char) ch));
                boolean yearSaid = t.year != TimeSpec.UNSET || t.yearOffset != TimeSpec.UNSET;
                boolean holidayContext = e < s.length && (HOLIDAY_CONTEXT.indexOf(s[e]) >= 0 || Chars.at(s, e, "的时候"));
                if (!numeric || yearSaid || holidayContext) {
                    t.holiday = h;
                    p = e;
                }
            }
        }
        return p;
    }

    /** 月底, 下个月初, 年底, 明年年初: the first or last day of a month or year. */
    private static int edges(char[] s, int p, TimeSpec t) {
        boolean monthSaid = (t.month != TimeSpec.UNSET || t.monthOffset != TimeSpec.UNSET) && t.day == TimeSpec.UNSET;
        boolean yearOnly = (t.year != TimeSpec.UNSET || t.yearOffset != TimeSpec.UNSET) && !monthSaid
                && t.day == TimeSpec.UNSET;
        if (monthSaid && p < s.length && "初底末".indexOf(s[p]) >= 0) {
            t.monthEdge = s[p] == '初' ? -1 : 1;
            return p + 1;
        }
        int y = yearOnly && Chars.at(s, p, "年") ? p + 1 : p;
        if (yearOnly && y < s.length && "初底末".indexOf(s[y]) >= 0 && !ChineseNumerals.isNumeralChar(y + 1 < s.length ? s[y + 1] : ' ')) {
            t.yearEdge = s[y] == '初' ? -1 : 1;
            return y + 1;
        }
        if (!t.hasDate()) {
            for (String w : new String[] {"月初", "月底", "月末", "年初", "年底", "年末"}) {
                if (Chars.at(s, p, w)) {
                    int edge = w.charAt(1) == '初' ? -1 : 1;
                    if (w.charAt(0) == '月') {
                        t.monthEdge = edge;
                    } else {
                        t.yearEdge = edge;
                    }
                    return p + 2;
                }
            }
        }
        return p;
    }

    private static int year(char[] s, int p, TimeSpec t) {
        String w = Chars.firstAt(s, p, REL_YEAR);
        if (w != null) {
            t.yearOffset = REL_YEAR_OFFSET[indexOf(REL_YEAR, w)];
            return p + w.length();
        }
        NumeralRun r = NumeralRun.intAt(s, p, 9999);
        if (r == null || r.end() >= s.length || s[r.end()] != '年') {
            return p;
        }
        for (int i = r.start(); i < r.end(); i++) {
            if (ChineseNumerals.digit(s[i]) < 0) {
                return p;
            }
        }
        int len = r.length();
        if (len == 4) {
            t.year = r.intValue();
        } else if (len == 2 && !(r.end() + 1 < s.length && (s[r.end() + 1] == '前' || s[r.end() + 1] == '后'))) {
            t.year = r.intValue() < 50 ? 2000 + r.intValue() : 1900 + r.intValue();
        } else {
            return p;
        }
        return r.end() + 1;
    }

    private static int month(char[] s, int p, TimeSpec t) {
        String w = Chars.firstAt(s, p, REL_MONTH);
        if (w != null) {
            t.monthOffset = REL_MONTH_OFFSET[indexOf(REL_MONTH, w)];
            return p + w.length();
        }
        NumeralRun r = NumeralRun.intAt(s, p, 12);
        if (r == null || r.intValue() < 1 || r.end() >= s.length || s[r.end()] != '月') {
            return p;
        }
        t.month = r.intValue();
        int e = r.end() + 1;
        return e < s.length && s[e] == '份' ? e + 1 : e;
    }

    private static int day(char[] s, int p, TimeSpec t) {
        NumeralRun r = NumeralRun.intAt(s, p, 31);
        if (r == null || r.intValue() < 1) {
            return p;
        }
        int e = r.end();
        if (e < s.length && (s[e] == '号' || s[e] == '日')) {
            t.day = r.intValue();
            return e + 1;
        }
        boolean monthSaid = t.month != TimeSpec.UNSET || t.monthOffset != TimeSpec.UNSET;
        if (monthSaid && (e >= s.length || !ChineseNumerals.isNumeralChar(s[e]) && "点时个分天年月周岁度".indexOf(s[e]) < 0)) {
            t.day = r.intValue();
            return e;
        }
        return p;
    }

    private static int week(char[] s, int p, TimeSpec t) {
        boolean hadDate = t.hasDate();
        int q = p;
        int offset = TimeSpec.UNSET;
        String prefix = Chars.firstAt(s, q, WEEK_PREFIX);
        if (prefix != null) {
            offset = WEEK_PREFIX_OFFSET[indexOf(WEEK_PREFIX, prefix)];
            q += prefix.length();
        }
        String word = Chars.firstAt(s, q, WEEK_WORD);
        if (word == null) {
            return p;
        }
        q += word.length();
        int weekday = q < s.length ? weekday(s[q]) : -1;
        if (weekday > 0) {
            t.weekday = weekday;
            q++;
        } else if (q < s.length && s[q] == '末') {
            t.weekend = true;
            q++;
        } else if (offset == TimeSpec.UNSET) {
            return p;
        }
        if (hadDate && t.weekOffset == TimeSpec.UNSET && offset == TimeSpec.UNSET) {
            // "3月1号星期五": the weekday only repeats the date.
            t.weekday = TimeSpec.UNSET;
            return q;
        }
        t.weekOffset = offset;
        return q;
    }

    /** ISO weekday (1 = Monday) of a weekday char after 周/星期, or -1. */
    static int weekday(char c) {
        return switch (c) {
            case '一', '1' -> 1;
            case '二', '2' -> 2;
            case '三', '3' -> 3;
            case '四', '4' -> 4;
            case '五', '5' -> 5;
            case '六', '6' -> 6;
            case '日', '天', '7' -> 7;
            default -> -1;
        };
    }

    private static int indexOf(String[] words, String w) {
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals(w)) {
                return i;
            }
        }
        return -1;
    }
}
