package io.xiaobu.nlu.fusion;

import io.xiaobu.nlu.Understanding;

import java.util.List;
import java.util.Optional;

/**
 * The fused understanding of one utterance. Uncertainty is a result, not an error: the ranker and the
 * clarification step read {@link #status()}.
 *
 * @param status      {@link Status#CONFIDENT}: act on {@link #best()}; {@link Status#LOW_CONFIDENCE}: the best
 *                    hypothesis is weak; {@link Status#AMBIGUOUS}: the top two intents are too close (ask which);
 *                    {@link Status#NONE}: neither rules nor model offered anything
 * @param ranked      hypotheses, best first, one per intent
 * @param explanation why this status, in one line
 */
public record FusionResult(Status status, List<Understanding> ranked, String explanation) {

    public enum Status { CONFIDENT, LOW_CONFIDENCE, AMBIGUOUS, NONE }

    public FusionResult {
        ranked = List.copyOf(ranked);
    }

    public Optional<Understanding> best() {
        return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.getFirst());
    }
}
