package io.xiaobu.nlu.text;

import io.xiaobu.nlu.NormalizedText;

import static org.assertj.core.api.Assertions.assertThat;

/** Pins a filter's exact output text and the original offset of every output char. */
final class FilterAssertions {

    private FilterAssertions() {
    }

    static NormalizedText assertFilters(TextFilter filter, String input, String expected, int... offsets) {
        NormalizedText out = filter.apply(NormalizedText.identity(input));
        assertThat(out.text()).isEqualTo(expected);
        assertThat(out.original()).isEqualTo(input);
        if (offsets.length > 0) {
            int[] withTrailing = java.util.Arrays.copyOf(offsets, offsets.length + 1);
            withTrailing[offsets.length] = input.length();
            assertThat(out.offsets()).containsExactly(withTrailing);
        }
        assertLossless(out);
        return out;
    }

    /** Offsets strictly increase, stay inside the original, and end with its length. */
    static void assertLossless(NormalizedText t) {
        int[] o = t.offsets();
        assertThat(o).hasSize(t.text().length() + 1);
        assertThat(o[o.length - 1]).isEqualTo(t.original().length());
        for (int i = 0; i < t.text().length(); i++) {
            assertThat(o[i]).isBetween(0, t.original().length() - 1);
            if (i > 0) assertThat(o[i]).isGreaterThan(o[i - 1]);
        }
    }
}
