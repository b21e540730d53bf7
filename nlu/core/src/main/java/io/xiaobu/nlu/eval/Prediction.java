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
 */
public record Prediction(String domain, String intent, List<Slot> slots, double rejectProb) {

    public Prediction {
        slots = List.copyOf(slots);
    }
}
