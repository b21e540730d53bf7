package io.xiaobu.nlu.grammar;

/**
 * Turns a rule match into a confidence, documented as a policy so that fusion and the ranker can rely on it:
 * <ol>
 *   <li>a full, unambiguous match starts at {@code fullMatch} (a template is a precise statement);</li>
 *   <li>minus {@code wildcardPenalty} × the share of the text taken by open wildcard slots;</li>
 *   <li>minus {@code recognizerPenalty} × the share read by recognisers (their parse may be wrong);</li>
 *   <li>an ambiguous match (several intents tie) is multiplied by {@code ambiguousFactor};</li>
 *   <li>a partial match gets {@code prefixPartial} (the text stops inside a template) or
 *       {@code slotFailedPartial} (the template matched but a slot value is not in its list).</li>
 * </ol>
 */
public record RuleConfidencePolicy(double fullMatch, double wildcardPenalty, double recognizerPenalty,
                                   double ambiguousFactor, double prefixPartial, double slotFailedPartial) {

    public static RuleConfidencePolicy defaults() {
        return new RuleConfidencePolicy(0.97, 0.25, 0.05, 0.5, 0.2, 0.35);
    }

    /** Confidence of a full match covering a normalised text of {@code textLength} chars. */
    public double full(MatchScore s, int textLength) {
        double len = Math.max(1, textLength);
        double c = fullMatch - wildcardPenalty * s.wildcardChars() / len - recognizerPenalty * s.recognizerChars() / len;
        return clamp(c);
    }

    public double ambiguous(double confidence) {
        return clamp(confidence * ambiguousFactor);
    }

    static double clamp(double c) {
        return Double.isNaN(c) ? 0 : Math.max(0, Math.min(1, c));
    }
}
