package io.xiaobu.nlu.text;

import com.hankcs.hanlp.HanLP;
import io.xiaobu.nlu.NormalizedText;

/**
 * Converts traditional Chinese to simplified with HanLP's phrase-aware table (打開藍牙 → 打开蓝牙,
 * while 乾隆 stays 乾隆). When a phrase conversion changes the length, the filter falls back to
 * converting char by char so that every output char still maps to exactly one input char.
 */
public final class TraditionalToSimplifiedFilter implements TextFilter {

    @Override
    public NormalizedText apply(NormalizedText in) {
        String t = in.text();
        if (t.isEmpty() || !hasHan(t)) return in;
        String converted = convert(t);
        MappedTextBuilder out = new MappedTextBuilder(t.length());
        if (converted.length() == t.length()) {
            for (int i = 0; i < t.length(); i++) out.append(converted.charAt(i), in.offsets()[i]);
            return out.build(in.original());
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            String one = Character.isSurrogate(c) ? null : convert(String.valueOf(c));
            out.append(one != null && one.length() == 1 ? one.charAt(0) : c, in.offsets()[i]);
        }
        return out.build(in.original());
    }

    private static String convert(String s) {
        try {
            String r = HanLP.convertToSimplifiedChinese(s);
            return r == null ? s : r;
        } catch (RuntimeException e) {
            return s; // HanLP must never break normalisation; unconverted text is still usable
        }
    }

    private static boolean hasHan(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '\u3400' && c <= '\u9FFF' || c >= '\uF900' && c <= '\uFAFF') return true;
        }
        return false;
    }

    @Override
    public String name() {
        return "t2s";
    }
}
