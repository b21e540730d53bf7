package io.xiaobu.nlu.grammar;

import java.util.ArrayList;
import java.util.List;

/**
 * One value of a list slot.
 *
 * @param text       the canonical spoken form, e.g. {@code 微信}
 * @param normalized the value reported in {@code Slot.normalized}, e.g. {@code com.tencent.mm}; defaults to {@code text}
 * @param synonyms   other ways to say it, e.g. {@code 威信}, {@code weixin}, {@code wechat}
 */
public record ListValue(String text, String normalized, List<String> synonyms) {
    public ListValue {
        if (text == null || text.isBlank()) throw new GrammarException("a list value has no text");
        if (normalized == null || normalized.isBlank()) normalized = text;
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    }

    public static ListValue of(String text) {
        return new ListValue(text, text, List.of());
    }

    /** The canonical text followed by every synonym. */
    public List<String> spokenForms() {
        List<String> all = new ArrayList<>(synonyms.size() + 1);
        all.add(text);
        all.addAll(synonyms);
        return all;
    }
}
