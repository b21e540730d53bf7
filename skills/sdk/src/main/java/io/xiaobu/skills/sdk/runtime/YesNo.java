package io.xiaobu.skills.sdk.runtime;

import java.util.List;
import java.util.Locale;

/** Classifies a short answer to a confirmation question: 是/好的/确定 vs 不/算了/取消. */
public final class YesNo {

    /** The kind of answer. */
    public enum Answer { YES, NO, UNKNOWN }

    private static final List<String> YES_PHRASES = List.of("不错", "没问题", "可以", "是的", "是", "好的", "好", "确定",
            "确认", "对的", "对", "嗯", "行", "删吧", "删除吧", "ok", "yes", "要的", "要");
    private static final List<String> NO_PHRASES = List.of("不", "别", "算了", "取消", "否", "no", "先不", "等等", "等一下");
    private static final int MAX_ANSWER_CHARS = 12;

    private YesNo() {
    }

    public static Answer classify(String text) {
        if (text == null || text.length() > 4 * MAX_ANSWER_CHARS) return Answer.UNKNOWN;
        String t = text.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s~～]", "");
        if (t.isEmpty() || t.length() > MAX_ANSWER_CHARS) return Answer.UNKNOWN;
        for (String y : List.of("不错", "没问题")) if (t.contains(y)) return Answer.YES;
        for (String n : NO_PHRASES) if (t.contains(n)) return Answer.NO;
        for (String y : YES_PHRASES) if (t.contains(y)) return Answer.YES;
        return Answer.UNKNOWN;
    }

    /** Whether an utterance abandons the current question ("算了", "取消"). */
    public static boolean isCancel(String text) {
        if (text == null || text.length() > 24) return false;
        String t = text.replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]", "");
        return t.length() <= 6 && (t.contains("算了") || t.equals("取消") || t.equals("不用了") || t.equals("不要了") || t.equals("退出"));
    }
}
