package io.xiaobu.chat.generation;

/**
 * The 1-vs-N loop's knobs.
 *
 * @param samples      replies sampled per round (one batched forward per step)
 * @param contextTurns recent session turns put before the query
 * @param first        sampling of the first round
 * @param retry        sampling of the one retry round (when nothing in the first passed)
 * @param evaluator    scoring and threshold
 */
public record GenerationConfig(int samples, int contextTurns, Sampling first, Sampling retry, EvaluatorConfig evaluator) {

    public static GenerationConfig defaults() {
        return new GenerationConfig(6, 2, Sampling.first(), Sampling.retry(), EvaluatorConfig.defaults());
    }

    public GenerationConfig withEvaluator(EvaluatorConfig e) {
        return new GenerationConfig(samples, contextTurns, first, retry, e);
    }
}
