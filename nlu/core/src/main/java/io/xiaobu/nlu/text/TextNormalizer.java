package io.xiaobu.nlu.text;

import io.xiaobu.nlu.NormalizedText;

import java.util.List;

/**
 * Normalises user text for matching and models through an ordered chain of {@link TextFilter}s, keeping a
 * map from every normalised char back to the original (see {@link NormalizedText}).
 *
 * <p>The standard order matters: invisible chars go first so that no later filter sees emoji or control
 * chars; width folding comes next so that every later filter sees ASCII digits, letters and punctuation;
 * traditional→simplified and case folding make words comparable; fillers and then the assistant's name said
 * before a request are removed while the punctuation that marks pauses is still there; punctuation and then
 * whitespace are tidied last.
 * Chinese numerals (三点半, 五十) are left as they are: the time/number library reads them from spans.
 */
public final class TextNormalizer {

    /** Inputs longer than this are cut before normalisation (the rest is not looked at). */
    public static final int DEFAULT_MAX_CHARS = 20_000;

    private final List<TextFilter> filters;
    private final int maxChars;

    public TextNormalizer(List<TextFilter> filters, int maxChars) {
        this.filters = List.copyOf(filters);
        this.maxChars = maxChars;
    }

    /** The chain used for user utterances. */
    public static TextNormalizer standard() {
        return new TextNormalizer(List.of(new InvisibleCharFilter(), new WidthFilter(),
                new TraditionalToSimplifiedFilter(), new CaseFoldFilter(), new FillerFilter(), WakeWordFilter.xiaobu(),
                new PunctuationFilter(), new WhitespaceFilter()), DEFAULT_MAX_CHARS);
    }

    /**
     * The chain used for grammar literals and slot synonyms: like {@link #standard()} but without filler
     * removal (a template may well say 那个) and without whitespace rules (the grammar treats a template
     * space as an optional space).
     */
    public static TextNormalizer forTemplates() {
        return new TextNormalizer(List.of(new InvisibleCharFilter(), new WidthFilter(),
                new TraditionalToSimplifiedFilter(), new CaseFoldFilter(), new PunctuationFilter()), DEFAULT_MAX_CHARS);
    }

    /** Normalises {@code text}; never throws, {@code null} is treated as empty. */
    public NormalizedText normalize(String text) {
        String original = text == null ? "" : text;
        NormalizedText current = NormalizedText.identity(original.length() > maxChars ? cut(original) : original);
        if (current.original().length() != original.length()) {
            current = new NormalizedText(original, current.text(), withTrailing(current.offsets(), original.length()));
        }
        for (TextFilter f : filters) current = f.apply(current);
        return current;
    }

    public List<TextFilter> filters() {
        return filters;
    }

    private String cut(String s) {
        int end = maxChars;
        if (Character.isHighSurrogate(s.charAt(end - 1))) end--;
        return s.substring(0, end);
    }

    private static int[] withTrailing(int[] offsets, int originalLength) {
        int[] o = offsets.clone();
        o[o.length - 1] = originalLength;
        return o;
    }
}
