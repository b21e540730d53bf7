package io.xiaobu.nlu.grammar;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code sys.arithmetic}: a spoken or typed arithmetic expression — numbers (digits, or Chinese numerals such as
 * 三百六十五, 三点五) joined by operators ({@code + - * / × ÷ ^}, 加 减 乘以 除以, 的平方, 的立方, 的N次方, 平方根, 开方,
 * 根号, 百分之, parentheses). A span is an expression only when it reads as numbers and operators from end to end
 * and holds at least one operator: 三百六十五乘以二十四 and 十的平方根 are, while 三百 (a number) and 腾讯股价 or 今天限行尾号
 * (words) are not, so a template such as {@code {expression}是多少} no longer takes a question about a stock or a
 * traffic rule. The value is the span as said; the calculator evaluates it.
 */
public final class ArithmeticRecognizer implements SlotRecognizer {

    public static final String ID = "sys.arithmetic";
    private static final int MAX_LENGTH = 64;
    private static final String NUMERALS = "零〇一二两三四五六七八九十百千万亿";

    /** What may follow a complete operand (binary operators, postfix operators, a closing parenthesis). */
    private static final List<String> BINARY = List.of("加上", "加", "减去", "减", "乘以", "乘上", "乘", "除以", "除",
            "+", "-", "*", "/", "×", "÷", "^", "x", "X");
    private static final List<String> POSTFIX = List.of("的平方根", "的立方根", "的平方", "的立方", "平方根", "开平方", "开方", "平方", "立方", "%");
    /** What may stand before an operand. */
    private static final List<String> PREFIX = List.of("根号", "√", "负", "-", "百分之");

    @Override
    public String id() {
        return ID;
    }

    /**
     * Every end position from {@code start} where the text read so far is a complete expression with an operator,
     * longest first. A small state machine: operand expected ⇄ operator expected.
     */
    @Override
    public List<Candidate> recognize(String text, int start) {
        if (text == null || start < 0 || start >= text.length()) return List.of();
        List<Candidate> ends = new ArrayList<>();
        int i = start, depth = 0;
        boolean operator = false, expectOperand = true;
        int limit = Math.min(text.length(), start + MAX_LENGTH);
        while (i < limit) {
            if (expectOperand) {
                String p = prefixAt(text, i, PREFIX);
                if (p != null) {
                    operator |= !p.equals("-");
                    i += p.length();
                    continue;
                }
                if (text.charAt(i) == '(' || text.charAt(i) == '（') {
                    depth++;
                    i++;
                    continue;
                }
                int n = numberEnd(text, i);
                if (n == i) break;
                i = n;
                expectOperand = false;
            } else {
                if (depth == 0 && operator) ends.add(0, new Candidate(i, text.substring(start, i)));
                // 二的十次方: 的, a number, 次方
                int power = powerEnd(text, i);
                if (power > i) {
                    operator = true;
                    i = power;
                    continue;
                }
                String post = prefixAt(text, i, POSTFIX);
                if (post != null) {
                    operator = true;
                    i += post.length();
                    continue;
                }
                if ((text.charAt(i) == ')' || text.charAt(i) == '）') && depth > 0) {
                    depth--;
                    i++;
                    continue;
                }
                String bin = prefixAt(text, i, BINARY);
                if (bin == null) break;
                operator = true;
                i += bin.length();
                expectOperand = true;
            }
        }
        if (!expectOperand && depth == 0 && operator && (ends.isEmpty() || ends.get(0).end() != i)) {
            ends.add(0, new Candidate(i, text.substring(start, i)));
        }
        return ends;
    }

    /** End of a number at {@code i} (digits with a decimal point, or a run of Chinese numerals with 点), or {@code i}. */
    private static int numberEnd(String text, int i) {
        int j = i;
        if (j < text.length() && Character.isDigit(text.charAt(j))) {
            while (j < text.length() && (Character.isDigit(text.charAt(j))
                    || text.charAt(j) == '.' && j + 1 < text.length() && Character.isDigit(text.charAt(j + 1)))) j++;
            return j;
        }
        while (j < text.length() && (NUMERALS.indexOf(text.charAt(j)) >= 0
                || text.charAt(j) == '点' && j > i && j + 1 < text.length() && NUMERALS.indexOf(text.charAt(j + 1)) >= 0)) j++;
        return j;
    }

    /** End of 的N次方 / N次方 at {@code i}, or {@code i}. */
    private static int powerEnd(String text, int i) {
        int j = text.startsWith("的", i) ? i + 1 : i;
        int n = numberEnd(text, j);
        return n > j && text.startsWith("次方", n) ? n + 2 : i;
    }

    private static String prefixAt(String text, int i, List<String> words) {
        for (String w : words) if (text.startsWith(w, i)) return w;
        return null;
    }

    @Override
    public List<Example> examples() {
        return List.of(new Example("三百六十五乘以二十四", "三百六十五乘以二十四"), new Example("1+2*3", "1+2*3"),
                new Example("十的平方根", "十的平方根"));
    }
}
