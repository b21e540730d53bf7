package io.xiaobu.chat.generation;

/**
 * One sampled reply.
 *
 * @param text         the reply text
 * @param chars        generated chars (end marker excluded)
 * @param meanLogProb  mean log-probability per token under the model at temperature 1 (end marker included)
 * @param finished     whether the model ended the reply (false: cut at the length limit)
 */
public record GeneratedSample(String text, int chars, double meanLogProb, boolean finished) {
}
