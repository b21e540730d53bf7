package io.xiaobu.nlu.text;

import io.xiaobu.nlu.NormalizedText;

/**
 * Folds full-width ASCII variants (U+FF01–U+FF5E, e.g. {@code １２３ＡＢＣ，}) to their half-width forms
 * and the ideographic space U+3000 to a plain space. Chinese chars and punctuation such as 。、「」 are
 * left for the punctuation filter.
 */
public final class WidthFilter implements TextFilter {

    @Override
    public NormalizedText apply(NormalizedText in) {
        String t = in.text();
        MappedTextBuilder out = new MappedTextBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') c = (char) (c - 0xFEE0);
            else if (c == '\u3000') c = ' ';
            out.append(c, in.offsets()[i]);
        }
        return out.build(in.original());
    }

    @Override
    public String name() {
        return "width";
    }
}
