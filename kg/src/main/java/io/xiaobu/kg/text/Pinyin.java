package io.xiaobu.kg.text;

import java.util.concurrent.ConcurrentHashMap;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Pinyin of single characters (pinyin4j, first reading), with and without tone, plus a "fuzzy" form
 * that merges the sounds ASR and southern accents confuse (zh/z, ch/c, sh/s, n/l, -ng/-n …).
 * A character without pinyin is its own lower-cased "syllable".
 */
public final class Pinyin {

    private static final HanyuPinyinOutputFormat TONE = format(HanyuPinyinToneType.WITH_TONE_NUMBER);
    private static final HanyuPinyinOutputFormat PLAIN = format(HanyuPinyinToneType.WITHOUT_TONE);
    private static final ConcurrentHashMap<Character, String[]> CACHE = new ConcurrentHashMap<>();

    private Pinyin() {}

    /** Toned syllable, e.g. 于 → {@code yu2}. */
    public static String toned(char c) {
        return readings(c)[0];
    }

    /** Toneless syllable, e.g. 于 → {@code yu}. */
    public static String plain(char c) {
        return readings(c)[1];
    }

    /** Fuzzy syllable, e.g. 声 → {@code sen}, 生 → {@code sen}, 人 → {@code len}. */
    public static String fuzzy(char c) {
        return readings(c)[2];
    }

    /** Toneless pinyin of a string, syllables separated by spaces: 于文文 → {@code yu wen wen}. */
    public static String plainOf(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = MatchFold.normalize(text.charAt(i));
            if (c == ' ') continue;
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(plain(c));
        }
        return sb.toString();
    }

    /** Toned pinyin of a string: 于文文 → {@code yu2 wen2 wen2}. */
    public static String tonedOf(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = MatchFold.normalize(text.charAt(i));
            if (c == ' ') continue;
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(toned(c));
        }
        return sb.toString();
    }

    private static String[] readings(char c) {
        return CACHE.computeIfAbsent(c, Pinyin::compute);
    }

    private static String[] compute(Character ch) {
        char c = ch;
        if (MatchFold.isCjk(c)) {
            try {
                String[] toned = PinyinHelper.toHanyuPinyinStringArray(c, TONE);
                String[] plain = PinyinHelper.toHanyuPinyinStringArray(c, PLAIN);
                if (toned != null && toned.length > 0 && plain != null && plain.length > 0) {
                    return new String[] {toned[0], plain[0], fuzzySyllable(plain[0])};
                }
            } catch (BadHanyuPinyinOutputFormatCombination e) {
                throw new IllegalStateException(e);
            }
        }
        String self = String.valueOf(MatchFold.normalize(c));
        return new String[] {self, self, self};
    }

    /** Merges the initials and finals that are commonly confused in speech recognition. */
    static String fuzzySyllable(String s) {
        String t = s;
        if (t.startsWith("zh") || t.startsWith("ch") || t.startsWith("sh")) t = t.charAt(0) + t.substring(2);
        if (t.startsWith("n")) t = "l" + t.substring(1);
        if (t.startsWith("r")) t = "l" + t.substring(1);
        if (t.startsWith("h") && t.length() > 1 && t.charAt(1) == 'u') t = "f" + t.substring(1);
        if (t.endsWith("ng")) t = t.substring(0, t.length() - 1);
        return t;
    }

    private static HanyuPinyinOutputFormat format(HanyuPinyinToneType tone) {
        HanyuPinyinOutputFormat f = new HanyuPinyinOutputFormat();
        f.setToneType(tone);
        f.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        f.setVCharType(HanyuPinyinVCharType.WITH_V);
        return f;
    }
}
