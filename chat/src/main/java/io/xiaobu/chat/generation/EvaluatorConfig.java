package io.xiaobu.chat.generation;

/**
 * How a generated reply is scored: {@code score = sigmoid(likelihoodWeight · (meanLogProb − likelihoodCenter)
 * + contextWeight · contextGain + relevanceWeight · relevance − repetitionWeight · repetition)}, zero when a gate
 * fails (unsafe, outside the length window, cut at the length limit, echoing the query or a recent turn, too
 * repetitive). {@code contextGain} = mean log-prob of the reply given the context − given no context (how much
 * the query explains the reply: the decoding-time mirror of IFD, which penalises generic replies).
 *
 * @param likelihoodCenter mean log-probability per token that scores 0.5 on likelihood alone (default −3.0, above
 *                         the median human reference reply of the committed model on held-out LCCC, −4.3:
 *                         a sampled reply must be more fluent than a typical human one)
 * @param likelihoodWeight slope of the likelihood term
 * @param contextWeight    weight of the context gain (0: not computed)
 * @param relevanceWeight  weight of the char overlap with the query and context
 * @param repetitionWeight weight of the repeated-bigram share
 * @param maxRepetition    repeated-bigram share above which a reply is rejected
 * @param minChars         shortest acceptable reply (letters/digits)
 * @param maxChars         longest acceptable reply
 * @param threshold        score a reply needs to pass
 */
public record EvaluatorConfig(double likelihoodCenter, double likelihoodWeight, double contextWeight, double relevanceWeight,
                              double repetitionWeight, double maxRepetition, int minChars, int maxChars, double threshold) {

    public static EvaluatorConfig defaults() {
        return new EvaluatorConfig(-3.0, 1.5, 1.0, 1.0, 2.0, 0.5, 2, 40, 0.5);
    }

    public EvaluatorConfig withThreshold(double t) {
        return new EvaluatorConfig(likelihoodCenter, likelihoodWeight, contextWeight, relevanceWeight, repetitionWeight, maxRepetition,
                minChars, maxChars, t);
    }
}
