package io.xiaobu.chat.generation;

/**
 * How one round of replies is sampled.
 *
 * @param temperature       logits are divided by it (1 = the model's distribution)
 * @param topK              only the k most likely chars are kept (0 = all)
 * @param topP              nucleus: the smallest set of chars whose probability reaches p (1 = all)
 * @param repetitionPenalty logits of chars already in the reply are divided by it (positive) or multiplied (negative)
 * @param minChars          the end marker is forbidden before this many chars
 */
public record Sampling(double temperature, int topK, double topP, double repetitionPenalty, int minChars) {

    public static Sampling first() {
        return new Sampling(0.8, 20, 0.9, 1.3, 2);
    }

    /** The retry round: flatter and wider. */
    public static Sampling retry() {
        return new Sampling(1.1, 40, 0.95, 1.5, 2);
    }
}
