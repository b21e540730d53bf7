package io.xiaobu.nlu.model;

/** How per-char slot tag distributions become slots. */
public enum SlotDecoding {
    /** Boundaries first (B / I / O mass), then one type per span ({@link BioCodec#decodeSpans}). */
    SPANS,
    /** The best valid BIO sequence (no I-x without B-x / I-x before it, {@link BioViterbi}). */
    VITERBI,
    /**
     * {@link #VITERBI} restricted to the slot names the recognised intent took in training (those of
     * every intent within a factor of the best one's probability); models without that record decode
     * as {@link #VITERBI}.
     */
    INTENT_VITERBI
}
