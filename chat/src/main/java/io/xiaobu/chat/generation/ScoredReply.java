package io.xiaobu.chat.generation;

/**
 * A generated reply with its evaluation.
 *
 * @param text       the reply
 * @param score      in [0,1]; 0 when a gate failed
 * @param passed     score reached the threshold
 * @param sample     the raw sample (likelihood, length)
 * @param contextGain mean log-prob given the context minus given none (NaN when not computed)
 * @param relevance  char overlap with the query and context, in [0,1]
 * @param repetition share of repeated char bigrams, in [0,1]
 * @param rejectedBy the gate that failed ("" when none)
 */
public record ScoredReply(String text, double score, boolean passed, GeneratedSample sample, double contextGain, double relevance,
                          double repetition, String rejectedBy) {
}
