package io.xiaobu.time.parse;

/**
 * Reads the time-of-day part of a spoken point: a part of the day (下午, 晚上, 凌晨…) and a clock time
 * (三点半, 三点一刻, 差五分八点, 八点差五分, 三点过五分, 15:30, 十五点三十, 3点05).
 */
final class ClockGrammar {

    private ClockGrammar() {
    }

    static int part(char[] s, int p, TimeSpec t) {
        for (int i = 0; i < DayPart.WORDS.length; i++) {
            String w = DayPart.WORDS[i];
            if (Chars.at(s, p, w)) {
                int e = p + w.length();
                boolean nightAfterDate = w.equals("夜") && t.hasDate(); // 除夕夜
                if (w.length() == 1 && !nightAfterDate && (e >= s.length || !ChineseNumerals.isNumeralChar(s[e]))) {
                    continue;
                }
                t.part = DayPart.PARTS[i];
                return e;
            }
        }
        return p;
    }

    static int clock(char[] s, int p, TimeSpec t) {
        if (Chars.at(s, p, "差")) {
            int[] before = minutesBefore(s, p + 1);
            if (before != null) {
                int q = before[1];
                NumeralRun h = NumeralRun.intAt(s, q, 24);
                if (h != null && h.end() < s.length && (s[h.end()] == '点' || s[h.end()] == '时')) {
                    t.hour = h.intValue() == 0 ? 23 : h.intValue() - 1;
                    t.minute = 60 - before[0];
                    t.hour24 = h.intValue() > 12 || h.intValue() == 0;
                    return h.end() + 1;
                }
            }
            return p;
        }
        int q = colonClock(s, p, t);
        if (q > p) {
            return q;
        }
        NumeralRun h = NumeralRun.intAt(s, p, 24);
        if (h == null || h.end() >= s.length || (s[h.end()] != '点' && s[h.end()] != '时')) {
            return p;
        }
        q = h.end() + 1;
        if (s[h.end()] == '时' && q < s.length && (s[q] == '候' || s[q] == '间' || s[q] == '刻')) {
            return p;
        }
        if (h.intValue() == 1 && h.length() == 1 && p > 0 && "快慢大小多少高低好近远轻重有再稍早晚差点一".indexOf(s[p - 1]) >= 0
                && !(q < s.length && (s[q] == '钟' || s[q] == '半' || s[q] == '整'))) {
            return p;
        }
        if (h.intValue() == 1 && h.length() == 1 && q < s.length && "都也儿点".indexOf(s[q]) >= 0) {
            return p; // 一点都不好, 一点儿
        }
        t.hour = h.intValue();
        t.hour24 = h.intValue() > 12 || h.intValue() == 0 || (h.length() == 2 && s[h.start()] == '0');
        if (Chars.at(s, q, "钟")) {
            q++;
        }
        if (Chars.at(s, q, "半")) {
            t.minute = 30;
            q++;
        } else if (Chars.at(s, q, "一刻")) {
            t.minute = 15;
            q += 2;
        } else if (Chars.at(s, q, "三刻")) {
            t.minute = 45;
            q += 2;
        } else if (Chars.at(s, q, "整")) {
            t.minute = 0;
            q++;
        } else {
            boolean past = Chars.at(s, q, "过") && q + 1 < s.length && ChineseNumerals.isNumeralChar(s[q + 1]);
            NumeralRun m = NumeralRun.intAt(s, past ? q + 1 : q, 59);
            if (m != null && past && !(m.end() < s.length && s[m.end()] == '分')) {
                m = null;
            }
            if (m != null && !past && isChineseDigitString(s, m)) {
                m = null;
            }
            if (m != null && !past && s[h.start()] == '零' && s[m.start()] == '零'
                    && !(m.end() < s.length && s[m.end()] == '分')) {
                m = null; // 零点零一 is 0.01, not 00:01
            }
            if (m != null) {
                boolean unitFollows = m.end() < s.length && s[m.end()] == '分' && !Chars.at(s, m.end(), "分钟");
                boolean clearMinute = m.intValue() >= 10 || s[m.start()] == '零' || s[m.start()] == '0';
                if (unitFollows || clearMinute && (m.end() >= s.length || "分钟个天小年月周岁度块元米%".indexOf(s[m.end()]) < 0)) {
                    t.minute = m.intValue();
                    q = unitFollows ? m.end() + 1 : m.end();
                    NumeralRun sec = NumeralRun.intAt(s, q, 59);
                    if (sec != null && sec.end() < s.length && s[sec.end()] == '秒') {
                        t.second = sec.intValue();
                        q = sec.end() + 1;
                    }
                }
            }
        }
        if (Chars.at(s, q, "差") && t.minute == TimeSpec.UNSET) {
            int[] before = minutesBefore(s, q + 1);
            if (before != null) {
                t.hour = t.hour == 0 ? 23 : t.hour - 1;
                t.minute = 60 - before[0];
                q = before[1];
            }
        }
        return q;
    }

    /** After 差: "五分", "五分钟", "一刻", "十" → {minutes, end}; null when absent or not 1..59. */
    private static int[] minutesBefore(char[] s, int q) {
        if (Chars.at(s, q, "一刻")) {
            return new int[] {15, q + 2};
        }
        if (Chars.at(s, q, "三刻")) {
            return new int[] {45, q + 2};
        }
        NumeralRun m = NumeralRun.intAt(s, q, 59);
        if (m == null || m.intValue() == 0) {
            return null;
        }
        int e = m.end();
        e = Chars.at(s, e, "分钟") ? e + 2 : Chars.at(s, e, "分") ? e + 1 : e;
        return new int[] {m.intValue(), e};
    }

    /** "二五" (digits read one by one, no 十): a decimal's digits rather than minutes. */
    private static boolean isChineseDigitString(char[] s, NumeralRun r) {
        if (r.length() < 2 || Chars.isAsciiDigit(s[r.start()]) || s[r.start()] == '零') {
            return false;
        }
        for (int i = r.start(); i < r.end(); i++) {
            if (ChineseNumerals.unit(s[i]) > 0) {
                return false;
            }
        }
        return true;
    }

    /** 15:30, 7:05:10. */
    private static int colonClock(char[] s, int p, TimeSpec t) {
        int i = p;
        int h = 0;
        while (i < s.length && Chars.isAsciiDigit(s[i]) && i - p < 2) {
            h = h * 10 + (s[i++] - '0');
        }
        int hLen = i - p;
        if (hLen == 0 || i + 2 >= s.length || s[i] != ':' || !Chars.isAsciiDigit(s[i + 1])
                || !Chars.isAsciiDigit(s[i + 2]) || h > 24) {
            return p;
        }
        int m = (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
        if (m > 59) {
            return p;
        }
        i += 3;
        t.hour = h;
        t.minute = m;
        t.hour24 = h > 12 || h == 0 || (hLen == 2 && s[p] == '0');
        if (i + 2 < s.length && s[i] == ':' && Chars.isAsciiDigit(s[i + 1]) && Chars.isAsciiDigit(s[i + 2])) {
            t.second = (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
            i += 3;
        }
        return i;
    }

}
