package io.xiaobu.time.parse;

import io.xiaobu.time.Dimension;
import io.xiaobu.time.MentionValue.NumberValue;
import io.xiaobu.time.MentionValue.QuantityValue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Numbers, ordinals (第三个), fractions (三分之一), percentages (百分之五十, 8%), temperatures (二十六度,
 * 零下五度), distances, volumes and money (五块钱, 三块五毛, 壹拾壹元壹角壹分, 100美元, ¥20).
 */
final class QuantityParser {

    private static final String[] TEMPERATURE = {"摄氏度", "华氏度", "℃", "℉", "°C", "°F", "°c", "°f", "度", "°"};
    private static final String[] TEMPERATURE_UNIT = {"celsius", "fahrenheit", "celsius", "fahrenheit", "celsius",
        "fahrenheit", "celsius", "fahrenheit", "degree", "degree"};
    private static final String[] DISTANCE = {"公里", "千米", "厘米", "毫米", "英里", "km", "KM", "cm", "mm", "米", "里", "m"};
    private static final String[] DISTANCE_UNIT = {"km", "km", "cm", "mm", "mile", "km", "km", "cm", "mm", "m", "li", "m"};
    private static final String[] VOLUME = {"毫升", "公升", "ml", "mL", "ML", "升", "L", "l"};
    private static final String[] VOLUME_UNIT = {"ml", "l", "ml", "ml", "ml", "l", "l", "l"};
    private static final String[] FOREIGN = {"美元", "美金", "欧元", "日元", "日币", "港币", "港元", "英镑", "韩元"};
    private static final String[] FOREIGN_CODE = {"USD", "USD", "EUR", "JPY", "JPY", "HKD", "HKD", "GBP", "KRW"};
    private static final String[] MAJOR = {"块钱", "元钱", "块", "元", "圆"};
    private static final String CLASSIFIERS = "个只位条本次遍回天年岁斤两张件把台辆份杯瓶碗块元毛角分秒米克吨度倍首页章集层楼号点时周月日人口家间双对套盒包颗粒片句步架部支枚座栋场轮名级%";
    private static final String NOT_LI = "面边头程";

    private QuantityParser() {
    }

    static void scan(char[] s, int pos, List<Candidate> out) {
        char c = s[pos];
        if (c == '第') {
            NumeralRun r = NumeralRun.intAt(s, pos + 1, Integer.MAX_VALUE);
            if (r != null) {
                out.add(new Candidate(Dimension.ORDINAL, pos, r.end(), new NumberValue(r.value())));
            }
            return;
        }
        if (Chars.at(s, pos, "百分之") || Chars.at(s, pos, "千分之")) {
            NumeralRun r = NumeralRun.at(s, pos + 3, true);
            if (r != null && r.value() != null) {
                BigDecimal v = c == '千' ? r.value().movePointLeft(1) : r.value();
                out.add(new Candidate(Dimension.PERCENTAGE, pos, r.end(), new NumberValue(v)));
            }
            return;
        }
        if (Chars.at(s, pos, "零下")) {
            NumeralRun r = NumeralRun.at(s, pos + 2, true);
            if (r != null && r.value() != null) {
                temperature(s, r, r.value().negate(), pos, out);
            }
            return;
        }
        if (Chars.at(s, pos, "摄氏")) {
            NumeralRun r = NumeralRun.at(s, pos + 2, true);
            if (r != null && r.value() != null) {
                int e = Chars.at(s, r.end(), "度") ? r.end() + 1 : r.end();
                out.add(new Candidate(Dimension.TEMPERATURE, pos, e, new QuantityValue(r.value(), "celsius")));
            }
            return;
        }
        String currency = switch (c) {
            case '¥', '￥' -> "CNY";
            case '$' -> "USD";
            case '€' -> "EUR";
            case '£' -> "GBP";
            default -> Chars.at(s, pos, "人民币") ? "CNY" : null;
        };
        if (currency != null) {
            int q = pos + (c == '人' ? 3 : 1);
            NumeralRun r = NumeralRun.at(s, q, true);
            if (r != null && r.value() != null) {
                int e = r.end();
                String major = Chars.firstAt(s, e, MAJOR);
                if (major != null) {
                    e += major.length();
                }
                out.add(new Candidate(Dimension.MONEY, pos, e, new QuantityValue(r.value(), currency)));
            }
            return;
        }
        NumeralRun r = NumeralRun.at(s, pos, true);
        if (r == null || r.value() == null) {
            return;
        }
        BigDecimal v = r.value();
        int e = r.end();
        if (Chars.at(s, e, "分之")) {
            NumeralRun d = NumeralRun.at(s, e + 2, true);
            if (d != null && d.value() != null && v.signum() != 0) {
                BigDecimal f = d.value().divide(v, MathContext.DECIMAL64);
                out.add(new Candidate(Dimension.NUMBER, pos, d.end(), new NumberValue(f.stripTrailingZeros())));
                return;
            }
        }
        if (e < s.length && s[e] == '%') {
            out.add(new Candidate(Dimension.PERCENTAGE, pos, e + 1, new NumberValue(v)));
            return;
        }
        if (money(s, r, out) || temperature(s, r, v, pos, out)) {
            return;
        }
        if (unit(s, r, DISTANCE, DISTANCE_UNIT, Dimension.DISTANCE, out)
                || unit(s, r, VOLUME, VOLUME_UNIT, Dimension.VOLUME, out)) {
            return;
        }
        if (looksLikeWord(s, r)) {
            return;
        }
        out.add(new Candidate(Dimension.NUMBER, pos, e, new NumberValue(v)));
    }

    private static boolean temperature(char[] s, NumeralRun r, BigDecimal v, int start, List<Candidate> out) {
        String w = Chars.firstAt(s, r.end(), TEMPERATURE);
        if (w == null) {
            return false;
        }
        int e = r.end() + w.length();
        if (w.equals("度") && e < s.length && "过假数日".indexOf(s[e]) >= 0) {
            return false;
        }
        int k = indexOf(TEMPERATURE, w);
        NumeralRun tenth = w.equals("度") ? NumeralRun.intAt(s, e, 9) : null;
        if (tenth != null && tenth.length() == 1 && v.scale() == 0 && (tenth.end() >= s.length
                || !ChineseNumerals.isNumeralChar(s[tenth.end()]) && "度点个分块元米%".indexOf(s[tenth.end()]) < 0)) {
            BigDecimal d = tenth.value().movePointLeft(1);
            v = v.signum() < 0 ? v.subtract(d) : v.add(d); // 三十八度五 = 38.5
            e = tenth.end();
        }
        out.add(new Candidate(Dimension.TEMPERATURE, start, e, new QuantityValue(v, TEMPERATURE_UNIT[k])));
        return true;
    }

    private static boolean unit(char[] s, NumeralRun r, String[] words, String[] units, Dimension dim, List<Candidate> out) {
        String w = Chars.firstAt(s, r.end(), words);
        if (w == null) {
            return false;
        }
        int e = r.end() + w.length();
        boolean ascii = w.charAt(0) < 128;
        if (ascii && (e < s.length && Character.isLetter(s[e]) && s[e] < 128 || !Chars.isAsciiDigit(s[r.end() - 1]))) {
            return false;
        }
        if (w.equals("里") && e < s.length && NOT_LI.indexOf(s[e]) >= 0) {
            return false;
        }
        out.add(new Candidate(dim, r.start(), e, new QuantityValue(r.value(), units[indexOf(words, w)])));
        return true;
    }

    /** 五块钱, 三块五(毛), 三百五十元, 两毛, 壹拾壹元壹角壹分, 100美元. */
    private static boolean money(char[] s, NumeralRun r, List<Candidate> out) {
        int e = r.end();
        String foreign = Chars.firstAt(s, e, FOREIGN);
        if (foreign != null) {
            out.add(new Candidate(Dimension.MONEY, r.start(), e + foreign.length(),
                    new QuantityValue(r.value(), FOREIGN_CODE[indexOf(FOREIGN, foreign)])));
            return true;
        }
        BigDecimal total;
        String major = Chars.firstAt(s, e, MAJOR);
        if (major != null) {
            total = r.value();
            e += major.length();
            if (Chars.at(s, e, "整") || Chars.at(s, e, "正")) {
                e++;
            } else if (Chars.at(s, e, "半")) {
                total = total.add(new BigDecimal("0.5"));
                e++;
            } else {
                int[] end = {e};
                BigDecimal minor = minor(s, end, true);
                if (minor != null) {
                    total = total.add(minor);
                    e = end[0];
                }
            }
        } else {
            boolean negative = s[r.start()] == '负' || s[r.start()] == '-';
            int[] end = {negative ? r.start() + 1 : r.start()};
            total = minor(s, end, false);
            if (total == null) {
                return false;
            }
            total = negative ? total.negate() : total;
            e = end[0];
        }
        if (Chars.at(s, e, "钱")) {
            e++;
        }
        out.add(new Candidate(Dimension.MONEY, r.start(), e, new QuantityValue(total.stripTrailingZeros(), "CNY")));
        return true;
    }

    /** 角/毛 and 分 after a major unit; a bare digit after 块 is 角 (三块五). */
    private static BigDecimal minor(char[] s, int[] end, boolean afterMajor) {
        int q = end[0];
        NumeralRun jiao = NumeralRun.intAt(s, q, 9);
        BigDecimal v = null;
        if (jiao != null && jiao.end() < s.length && (s[jiao.end()] == '角' || s[jiao.end()] == '毛')) {
            v = jiao.value().movePointLeft(1);
            q = jiao.end() + 1;
            NumeralRun tail = NumeralRun.intAt(s, q, 9);
            if (tail != null && tail.length() == 1 && (tail.end() >= s.length
                    || !ChineseNumerals.isNumeralChar(s[tail.end()]) && s[tail.end()] != '分')) {
                end[0] = tail.end();
                return v.add(tail.value().movePointLeft(2));
            }
        } else if (afterMajor && jiao != null && jiao.length() == 1
                && (jiao.end() >= s.length || !ChineseNumerals.isNumeralChar(s[jiao.end()]) && s[jiao.end()] != '分'
                && s[jiao.end()] != '点' && s[jiao.end()] != '.')) {
            end[0] = jiao.end();
            return jiao.value().movePointLeft(1);
        }
        if (afterMajor || v != null || q < s.length && "壹贰叁肆伍陆柒捌玖".indexOf(s[q]) >= 0) {
            NumeralRun fen = NumeralRun.intAt(s, q, 9);
            if (fen != null && fen.end() < s.length && s[fen.end()] == '分' && !Chars.at(s, fen.end(), "分钟")) {
                v = (v == null ? BigDecimal.ZERO : v).add(fen.value().movePointLeft(2));
                q = fen.end() + 1;
            }
        }
        end[0] = q;
        return v;
    }

    /** A lone 一/两/万… inside a word (一起, 两岸, 万一, 千万别, 十分好) is not a number. */
    private static boolean looksLikeWord(char[] s, NumeralRun r) {
        int len = r.length();
        char first = s[r.start()];
        if (first == '-' || first == '负' || Chars.isAsciiDigit(first)) {
            return false;
        }
        boolean idiom = len == 2 && (Chars.at(s, r.start(), "万一") || Chars.at(s, r.start(), "千万")
                || Chars.at(s, r.start(), "一一"));
        if (len == 1 && ("壹贰叁肆伍陆柒捌玖拾佰仟".indexOf(first) >= 0
                || first == '十' && Chars.at(s, r.end(), "分") && !Chars.at(s, r.end(), "分钟")
                || first == '一' && r.end() < s.length && "点些下".indexOf(s[r.end()]) >= 0)) {
            return true;
        }
        if (len > 1 && !idiom) {
            return false;
        }
        int e = r.end();
        if (e >= s.length) {
            return idiom;
        }
        char next = s[e];
        return CLASSIFIERS.indexOf(next) < 0 && !(Character.isWhitespace(next) || isPunctuation(next));
    }

    private static boolean isPunctuation(char c) {
        return "，。！？、；：,.!?;:".indexOf(c) >= 0;
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
