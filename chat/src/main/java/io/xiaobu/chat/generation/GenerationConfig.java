package io.xiaobu.chat.generation;

/**
 * The 1-vs-N loop's knobs.
 *
 * @param samples      replies sampled per round (one batched forward per step)
 * @param contextTurns recent session turns put before the query
 * @param first        sampling of the first round
 * @param retry        sampling of the one retry round (when nothing in the first passed)
 * @param evaluator    scoring and threshold
 * @param minReplyLetters the chosen reply is dropped when it has fewer letters (0: every reply is kept)
 */
public record GenerationConfig(int samples, int contextTurns, Sampling first, Sampling retry, EvaluatorConfig evaluator,
                               int minReplyLetters) {

    public GenerationConfig(int samples, int contextTurns, Sampling first, Sampling retry, EvaluatorConfig evaluator) {
        this(samples, contextTurns, first, retry, evaluator, 0);
    }

    public static GenerationConfig defaults() {
        return new GenerationConfig(6, 2, Sampling.first(), Sampling.retry(), EvaluatorConfig.defaults());
    }

    public GenerationConfig withEvaluator(EvaluatorConfig e) {
        return new GenerationConfig(samples, contextTurns, first, retry, e, minReplyLetters);
    }

    public GenerationConfig withMinReplyLetters(int n) {
        return new GenerationConfig(samples, contextTurns, first, retry, evaluator, n);
    }
}
