package io.xiaobu.nlu.text;

import io.xiaobu.nlu.NormalizedText;

/** Lower-cases letters (Latin, Greek, Cyrillic) where lower-casing keeps one char per char, e.g. {@code WiFi → wifi}. */
public final class CaseFoldFilter implements TextFilter {

    @Override
    public NormalizedText apply(NormalizedText in) {
        String t = in.text();
        MappedTextBuilder out = new MappedTextBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            char lower = Character.isSurrogate(c) ? c : Character.toLowerCase(c);
            out.append(lower, in.offsets()[i]);
        }
        return out.build(in.original());
    }

    @Override
    public String name() {
        return "casefold";
    }
}
