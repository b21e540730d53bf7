package io.xiaobu.nlu.eval;

import io.xiaobu.nlu.Slot;

import java.util.List;

/**
 * What a system predicted for one utterance, in the terms the metrics compare.
 *
 * @param domain     predicted domain, or {@code null}
 * @param intent     predicted intent, or {@code null}
 * @param slots      predicted slots (compared on name + exact span)
 * @param rejectProb probability that the utterance is not device-directed, or {@code NaN} when not scored
 * @param intentConfidence the system's confidence in {@code intent}, or {@code NaN} when it gives none
 */
public record Prediction(String domain, String intent, List<Slot> slots, double rejectProb, double intentConfidence) {

    public Prediction {
        slots = List.copyOf(slots);
    }

    /** A prediction without an intent confidence. */
    public Prediction(String domain, String intent, List<Slot> slots, double rejectProb) {
        this(domain, intent, slots, rejectProb, Double.NaN);
    }
}
