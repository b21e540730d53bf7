package io.xiaobu.nlu.model;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Where each character stands in its word, as HanLP's standard segmenter cuts the text: begin, middle,
 * end or single-character word. A character model finds a slot's edges from its characters alone;
 * word edges tell it that 蒲公英 and 绿罗裙 end where they end (CAIS spans cut at 公英 and 绿罗 before).
 */
public final class WordBoundaries {

    /** Ids per character: 0 is padding (and characters the segmenter skipped). */
    public static final int NONE = 0, BEGIN = 1, MIDDLE = 2, END = 3, SINGLE = 4, IDS = 5;

    private WordBoundaries() {
    }

    /** One id per char of {@code text}. */
    public static int[] of(String text) {
        int[] ids = new int[text.length()];
        if (text.isEmpty()) return ids;
        int at = 0;
        for (Term t : HanLP.segment(text)) {
            // the words follow each other in the text (Term.offset is only filled when offsets are switched on)
            int start = text.indexOf(t.word, at), len = t.word.length();
            if (start < 0 || len == 0) continue;
            at = start + len;
            if (len == 1) {
                ids[start] = SINGLE;
            } else {
                ids[start] = BEGIN;
                for (int i = start + 1; i < start + len - 1; i++) ids[i] = MIDDLE;
                ids[start + len - 1] = END;
            }
        }
        return ids;
    }
}
