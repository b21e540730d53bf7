package io.xiaobu.nlu.grammar;

/**
 * Limits of the rule matcher.
 *
 * @param maxStates              compile error when all grammars together need more matcher states than this
 * @param maxPartials            at most this many partial matches are reported
 * @param failedSlotMaxChars     longest span tried as a failed list/recogniser slot when reporting partials
 * @param maxSearchSteps         search budget per utterance; a search that runs out is marked truncated
 * @param maxInputChars          longer normalised inputs are not matched (no template is that long)
 */
public record RuleMatcherConfig(int maxStates, int maxPartials, int failedSlotMaxChars,
                                int maxSearchSteps, int maxInputChars) {

    public static RuleMatcherConfig defaults() {
        return new RuleMatcherConfig(2_000_000, 8, 12, 200_000, 200);
    }
}
