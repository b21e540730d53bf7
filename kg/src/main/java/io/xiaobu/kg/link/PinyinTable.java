package io.xiaobu.kg.link;

import io.xiaobu.kg.text.MatchFold;
import io.xiaobu.kg.text.Pinyin;
import java.util.HashMap;
import java.util.Map;

/**
 * Syllable ids of every CJK character (U+3400–U+9FFF), computed once per JVM from {@link Pinyin}: toned,
 * toneless and fuzzy ids, plus the initial and final of each toneless syllable. The linker reads these
 * arrays instead of converting characters to pinyin strings on every utterance. Characters outside the
 * range have no id ({@link #NONE}).
 */
final class PinyinTable {

    static final int NONE = -1;
    private static final char FIRST = '\u3400';
    private static final char LAST = '\u9FFF';

    private final short[] toned = new short[LAST - FIRST + 1];
    private final short[] plain = new short[LAST - FIRST + 1];
    private final short[] fuzzy = new short[LAST - FIRST + 1];
    /** Per toneless syllable id: id of its initial (0 = none) and of its final. */
    private final short[] initialOf;
    private final short[] finalOf;
    private final int fuzzyCount;

    private static final class Holder {
        static final PinyinTable INSTANCE = new PinyinTable();
    }

    static PinyinTable get() {
        return Holder.INSTANCE;
    }

    private PinyinTable() {
        Map<String, Integer> tonedIds = new HashMap<>();
        Map<String, Integer> plainIds = new HashMap<>();
        Map<String, Integer> fuzzyIds = new HashMap<>();
        for (char c = FIRST; c <= LAST; c++) {
            int k = c - FIRST;
            toned[k] = (short) (int) tonedIds.computeIfAbsent(Pinyin.toned(c), s -> tonedIds.size());
            plain[k] = (short) (int) plainIds.computeIfAbsent(Pinyin.plain(c), s -> plainIds.size());
            fuzzy[k] = (short) (int) fuzzyIds.computeIfAbsent(Pinyin.fuzzy(c), s -> fuzzyIds.size());
        }
        fuzzyCount = fuzzyIds.size();
        initialOf = new short[plainIds.size()];
        finalOf = new short[plainIds.size()];
        Map<String, Integer> parts = new HashMap<>();
        parts.put("", 0);
        for (var e : plainIds.entrySet()) {
            String initial = initial(e.getKey());
            initialOf[e.getValue()] = (short) (int) parts.computeIfAbsent("i:" + initial, s -> parts.size());
            if (initial.isEmpty()) initialOf[e.getValue()] = 0;
            finalOf[e.getValue()] = (short) (int) parts.computeIfAbsent("f:" + e.getKey().substring(initial.length()), s -> parts.size());
        }
    }

    static boolean covers(char c) {
        return MatchFold.isCjk(c);
    }

    int toned(char c) {
        return covers(c) ? toned[c - FIRST] : NONE;
    }

    int plain(char c) {
        return covers(c) ? plain[c - FIRST] : NONE;
    }

    int fuzzy(char c) {
        return covers(c) ? fuzzy[c - FIRST] : NONE;
    }

    /** Number of distinct fuzzy syllables (ids are {@code 0 … fuzzyCount-1}). */
    int fuzzyCount() {
        return fuzzyCount;
    }

    /** Two toneless syllables are "near" when they share the initial or the final. */
    boolean near(int plainA, int plainB) {
        if (plainA < 0 || plainB < 0) return false;
        return (initialOf[plainA] != 0 && initialOf[plainA] == initialOf[plainB]) || finalOf[plainA] == finalOf[plainB];
    }

    static String initial(String syllable) {
        if (syllable.startsWith("zh") || syllable.startsWith("ch") || syllable.startsWith("sh")) return syllable.substring(0, 2);
        if (!syllable.isEmpty() && "bpmfdtnlgkhjqxrzcsyw".indexOf(syllable.charAt(0)) >= 0) return syllable.substring(0, 1);
        return "";
    }
}
