package io.xiaobu.nlu.grammar;

import java.util.List;

/**
 * A pluggable recogniser for a built-in slot type ({@code sys.integer}, later {@code sys.datetime},
 * {@code sys.number} from the time/number library). The matcher asks it for spans that start exactly at
 * a position of the normalised text; the rest of the template decides which candidate fits.
 * Implementations must be thread-safe, fast, and must never throw.
 */
public interface SlotRecognizer {

    /** The id templates use in slot definitions, e.g. {@code sys.integer}. */
    String id();

    /** Every span starting at {@code start} of the normalised {@code text} that this type can read, longest first. */
    List<Candidate> recognize(String text, int start);

    /** Examples (spoken form + normalised value) for the template sampler. */
    List<Example> examples();

    /** A recognised span {@code [start, end)} of the normalised text and its canonical value. */
    record Candidate(int end, String normalized) { }

    /** A sample filler: how it is said and what it means. */
    record Example(String text, String normalized) { }
}
