package io.xiaobu.skills.builtin.calculator;

/** Reads a run of Chinese numerals (三百二十五, 两千零八, 一二三, 三点五) as an Arabic number string. */
final class ChineseNumber {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumber() {
    }

    static String parse(String cn) {
        String t = cn.replace('〇', '零').replace('两', '二');
        int dot = t.indexOf('点');
        if (dot >= 0) {
            String intPart = dot == 0 ? "0" : parse(t.substring(0, dot));
            StringBuilder frac = new StringBuilder();
            for (char c : t.substring(dot + 1).toCharArray()) if (DIGITS.indexOf(c) >= 0) frac.append(DIGITS.indexOf(c));
            return frac.isEmpty() ? intPart : intPart + "." + frac;
        }
        if (t.chars().allMatch(c -> DIGITS.indexOf(c) >= 0)) {
            StringBuilder b = new StringBuilder();
            for (char c : t.toCharArray()) b.append(DIGITS.indexOf(c));
            return b.toString();
        }
        long total = 0, section = 0, number = 0;
        for (char c : t.toCharArray()) {
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                number = d;
            } else if (c == '十' || c == '百' || c == '千') {
                int unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                section += (number == 0 && c == '十' ? 1 : number) * unit;
                number = 0;
            } else if (c == '万' || c == '亿') {
                long unit = c == '万' ? 10_000L : 100_000_000L;
                total = (total + section + number) * unit;
                section = 0;
                number = 0;
            }
        }
        return Long.toString(total + section + number);
    }
}
