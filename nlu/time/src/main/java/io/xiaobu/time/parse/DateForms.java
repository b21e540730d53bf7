package io.xiaobu.time.parse;

/** Numeric date forms (2026-03-01, 2026/3/1, 3.1号, 3/1) and lunar dates (农历八月十五, 正月初一, 腊月二十三, 大年初二). */
final class DateForms {

    private static final String[] LUNAR_PREFIX = {"农历", "阴历", "旧历"};

    private DateForms() {
    }

    /** 2026-03-01, 2026/3/1, 2026.3.1, 3.1, 3/1 (month then day). */
    static int numericDate(char[] s, int p, TimeSpec t) {
        int[] parts = new int[3];
        int[] lens = new int[3];
        int n = 0;
        int i = p;
        char sep = 0;
        while (n < 3 && i < s.length && Chars.isAsciiDigit(s[i])) {
            int v = 0;
            int start = i;
            while (i < s.length && Chars.isAsciiDigit(s[i]) && i - start < 4) {
                v = v * 10 + (s[i] - '0');
                i++;
            }
            parts[n] = v;
            lens[n++] = i - start;
            if (n < 3 && i + 1 < s.length && (s[i] == '-' || s[i] == '/' || s[i] == '.')
                    && Chars.isAsciiDigit(s[i + 1]) && (sep == 0 || sep == s[i])) {
                sep = s[i];
                i++;
            } else {
                break;
            }
        }
        if (i < s.length && (Chars.isAsciiDigit(s[i]) || s[i] == '.' || s[i] == '%')) {
            return p;
        }
        if (n == 3 && lens[0] == 4 && valid(parts[1], parts[2])) {
            t.year = parts[0];
            t.month = parts[1];
            t.day = parts[2];
            return skipDaySuffix(s, i);
        }
        boolean dayContext = i < s.length && (s[i] == '号' || s[i] == '日');
        if (n == 2 && sep != '-' && lens[0] <= 2 && lens[1] <= 2 && valid(parts[0], parts[1])
                && (dayContext || sep == '/' || followedByTime(s, i))) {
            t.month = parts[0];
            t.day = parts[1];
            return skipDaySuffix(s, i);
        }
        return p;
    }

    private static boolean followedByTime(char[] s, int i) {
        return Chars.firstAt(s, i, DayPart.WORDS) != null || (i < s.length && s[i] == ' ');
    }

    private static int skipDaySuffix(char[] s, int i) {
        return i < s.length && (s[i] == '号' || s[i] == '日') ? i + 1 : i;
    }

    private static boolean valid(int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    static int lunar(char[] s, int p, TimeSpec t) {
        int q = p;
        String prefix = Chars.firstAt(s, q, LUNAR_PREFIX);
        if (prefix != null) {
            q += prefix.length();
        }
        if (Chars.at(s, q, "大年初")) {
            NumeralRun r = NumeralRun.intAt(s, q + 3, 10);
            if (r != null && r.intValue() >= 1) {
                t.lunarMonth = 1;
                t.lunarDay = r.intValue();
                return r.end();
            }
            return p;
        }
        int month;
        if (Chars.at(s, q, "正月")) {
            month = 1;
            q += 2;
        } else if (Chars.at(s, q, "腊月")) {
            month = 12;
            q += 2;
        } else if (Chars.at(s, q, "冬月")) {
            month = 11;
            q += 2;
        } else if (prefix != null) {
            NumeralRun r = NumeralRun.intAt(s, q, 12);
            if (r == null || r.intValue() < 1 || r.end() >= s.length || s[r.end()] != '月') {
                return p;
            }
            month = r.intValue();
            q = r.end() + 1;
        } else {
            return p;
        }
        int day = TimeSpec.UNSET;
        if (Chars.at(s, q, "初")) {
            NumeralRun r = NumeralRun.intAt(s, q + 1, 10);
            if (r != null && r.intValue() >= 1) {
                day = r.intValue();
                q = r.end();
            }
        } else {
            NumeralRun r = NumeralRun.intAt(s, q, 30);
            if (r != null && r.intValue() >= 1) {
                day = r.intValue();
                q = r.end();
                if (q < s.length && (s[q] == '日' || s[q] == '号')) {
                    q++;
                }
            }
        }
        if (day == TimeSpec.UNSET) {
            day = 1;
        }
        t.lunarMonth = month;
        t.lunarDay = day;
        return q;
    }
}
