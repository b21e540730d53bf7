package io.xiaobu.skills.builtin.calculator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates spoken arithmetic: digits with + - × ÷ ^ and parentheses, Chinese operator words
 * (加 减 乘以 除以 的平方 的N次方, square and cube roots: 的平方根 开方 根号 的立方根 …) and simple Chinese numerals (三百二十五, 两千零八, 三点五). Exact decimal
 * arithmetic with 20 significant digits. Returns empty for anything it cannot read.
 */
public final class Expression {

    private static final MathContext MC = new MathContext(20);
    private static final int MAX_LENGTH = 200;
    private static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
        String[][] w = {{"的平方根", "R"}, {"平方根", "R"}, {"开平方", "R"}, {"开方", "R"}, {"的立方根", "C"}, {"立方根", "C"},
                {"根号", "√"}, {"加上", "+"}, {"加", "+"}, {"减去", "-"}, {"减", "-"}, {"乘以", "*"}, {"乘上", "*"}, {"乘", "*"},
                {"除以", "/"}, {"÷", "/"}, {"×", "*"}, {"x", "*"}, {"X", "*"}, {"的平方", "^2"}, {"的立方", "^3"}, {"平方", "^2"}, {"立方", "^3"},
                {"的", ""}, {"（", "("}, {"）", ")"}, {"＋", "+"}, {"－", "-"}, {"＊", "*"}, {"／", "/"},
                {"负", "-"}, {"等于多少", ""}, {"等于几", ""}, {"等于", ""}, {"是多少", ""}, {"多少", ""}, {"？", ""}, {"?", ""}, {"=", ""}};
        for (String[] p : w) WORDS.put(p[0], p[1]);
    }

    private final String s;
    private int pos;

    private Expression(String s) {
        this.s = s;
    }

    public static Optional<BigDecimal> evaluate(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) return Optional.empty();
        String t = toDigits(text.strip()).replaceAll("\\s+", "").replaceAll("的?([0-9.]+)次方", "^$1");
        for (var e : WORDS.entrySet()) t = t.replace(e.getKey(), e.getValue());
        if (t.isEmpty() || !t.matches("[0-9.+\\-*/^()%RC√]+")) return Optional.empty();
        try {
            Expression p = new Expression(t);
            BigDecimal v = p.sum();
            return p.pos == t.length() ? Optional.of(v) : Optional.empty();
        } catch (ArithmeticException | NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private BigDecimal sum() {
        BigDecimal v = product();
        while (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
            char op = s.charAt(pos++);
            BigDecimal r = product();
            v = op == '+' ? v.add(r, MC) : v.subtract(r, MC);
        }
        return v;
    }

    private BigDecimal product() {
        BigDecimal v = power();
        while (pos < s.length() && (s.charAt(pos) == '*' || s.charAt(pos) == '/')) {
            char op = s.charAt(pos++);
            BigDecimal r = power();
            v = op == '*' ? v.multiply(r, MC) : v.divide(r, MC);
        }
        return v;
    }

    private BigDecimal power() {
        BigDecimal base = unary();
        if (pos < s.length() && s.charAt(pos) == '^') {
            pos++;
            BigDecimal exp = power();
            if (exp.stripTrailingZeros().scale() > 0 || exp.abs().compareTo(BigDecimal.valueOf(999)) > 0) throw new ArithmeticException("exponent");
            int n = exp.intValueExact();
            return n >= 0 ? base.pow(n, MC) : BigDecimal.ONE.divide(base.pow(-n, MC), MC);
        }
        return base;
    }

    private BigDecimal unary() {
        if (s.charAt(pos) == '-') {
            pos++;
            return unary().negate();
        }
        if (s.charAt(pos) == '√') {
            pos++;
            return unary().sqrt(MC);
        }
        BigDecimal v;
        if (s.charAt(pos) == '(') {
            pos++;
            v = sum();
            if (s.charAt(pos++) != ')') throw new ArithmeticException("unbalanced");
        } else {
            int start = pos;
            while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) pos++;
            v = new BigDecimal(s.substring(start, pos));
        }
        if (pos < s.length() && s.charAt(pos) == '%') {
            pos++;
            v = v.divide(BigDecimal.valueOf(100), MC);
        }
        while (pos < s.length() && (s.charAt(pos) == 'R' || s.charAt(pos) == 'C')) {
            v = s.charAt(pos++) == 'R' ? v.sqrt(MC) : cubeRoot(v);
        }
        return v;
    }

    private static BigDecimal cubeRoot(BigDecimal v) {
        double r = Math.cbrt(v.doubleValue());
        if (!Double.isFinite(r)) throw new ArithmeticException("cube root");
        BigDecimal rounded = BigDecimal.valueOf(Math.round(r));
        // an exact cube (27 → 3) stays exact; anything else is as precise as a double
        return rounded.pow(3).compareTo(v) == 0 ? rounded : new BigDecimal(r, new MathContext(15));
    }

    /** Rewrites runs of Chinese numerals as Arabic digits; leaves everything else alone. */
    static String toDigits(String text) {
        String t = text.replace("百分之", "%P");
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < t.length()) {
            int j = i;
            while (j < t.length() && "零〇一二两三四五六七八九十百千万亿点".indexOf(t.charAt(j)) >= 0) j++;
            if (j > i) {
                out.append(ChineseNumber.parse(t.substring(i, j)));
                i = j;
            } else {
                char c = t.charAt(i++);
                out.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
            }
        }
        // 百分之五十 -> 50%
        return out.toString().replaceAll("%P([0-9.]+)", "$1%");
    }
}
