package io.xiaobu.nlu.fusion;

/**
 * The thresholds of {@link UnderstandingFusion}, on the scale of calibrated probabilities: the defaults 0.4 and
 * 0.05 split the product model's held-out utterances as 0.5 and 0.1 did before its intent probabilities were
 * temperature-scaled.
 *
 * @param ruleFloor              a full, unambiguous rule match is reported with at least this confidence
 * @param maxConfidence          no fused confidence goes above this (nothing is certain)
 * @param lowConfidenceThreshold a best hypothesis below this is {@link FusionResult.Status#LOW_CONFIDENCE}
 * @param ambiguityGap           best and runner-up (different intents) closer than this are {@link FusionResult.Status#AMBIGUOUS}
 * @param topK                   at most this many hypotheses are returned
 * @param noTaskVeto             when the model, asked about a rule match made mostly of open slots, puts more than
 *                               this probability on "no skill at all" (chit-chat, an open question), the match keeps
 *                               only the model's probability of some task as its confidence
 */
public record FusionPolicy(double ruleFloor, double maxConfidence, double lowConfidenceThreshold, double ambiguityGap, int topK,
                           double noTaskVeto) {

    public FusionPolicy {
        if (!(ruleFloor >= 0 && ruleFloor <= maxConfidence && maxConfidence <= 1)) {
            throw new IllegalArgumentException("need 0 <= ruleFloor <= maxConfidence <= 1");
        }
        if (topK < 1) throw new IllegalArgumentException("topK must be >= 1");
    }

    public static FusionPolicy defaults() {
        return new FusionPolicy(0.9, 0.99, 0.4, 0.05, 5, 0.5);
    }
}
