package io.xiaobu.chat.generation;

import io.xiaobu.chat.Texts;
import io.xiaobu.chat.safety.SafetyChecker;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Generate–evaluate–correct: samples N replies to the query (with the session's last turns as context),
 * scores each with the {@link CandidateEvaluator}, returns the best that passes; if none passes, samples once
 * more with the retry sampling (hotter, wider), then gives up (empty: the caller falls back). Never throws.
 */
public final class ChatGenerator implements Closeable {

    /** What one call did: the chosen reply (if any) and every scored candidate, in sampling order. */
    public record Outcome(Optional<ScoredReply> best, List<ScoredReply> candidates, int rounds) {
    }

    private final GeneratorModel model;
    private final CandidateEvaluator evaluator;
    private final GenerationConfig config;

    public ChatGenerator(GeneratorModel model, CandidateEvaluator evaluator, GenerationConfig config) {
        this.model = model;
        this.evaluator = evaluator;
        this.config = config;
    }

    /** Loads the model in {@code dir}. */
    public static ChatGenerator load(Path dir, SafetyChecker safety, GenerationConfig config) throws IOException {
        return new ChatGenerator(GeneratorModel.load(dir), new CandidateEvaluator(safety, config.evaluator()), config);
    }

    public GeneratorModel model() {
        return model;
    }

    /** The best passing reply to {@code query} after {@code recentTurns} (oldest first), or empty. */
    public Optional<ScoredReply> reply(String query, List<String> recentTurns) {
        return generate(query, recentTurns, new Random()).best();
    }

    /** The full outcome with a caller-chosen random source (reproducible evaluation). */
    public Outcome generate(String query, List<String> recentTurns, Random random) {
        List<ScoredReply> all = new ArrayList<>();
        try {
            String q = Texts.clean(query);
            if (!Texts.hasContent(q)) {
                return new Outcome(Optional.empty(), all, 0);
            }
            List<String> turns = recentTurns == null ? List.of() : recentTurns.stream().map(Texts::clean)
                    .filter(Texts::hasContent).toList();
            List<String> context = new ArrayList<>(turns.subList(Math.max(0, turns.size() - config.contextTurns()), turns.size()));
            List<String> input = new ArrayList<>(context);
            input.add(q);
            int round = 0;
            for (Sampling s : List.of(config.first(), config.retry())) {
                round++;
                List<GeneratedSample> samples = model.sample(input, config.samples(), s, random, step -> { });
                double[] alone = evaluator.config().contextWeight() == 0 ? null
                        : model.replyLogProb(List.of(), samples.stream().map(GeneratedSample::text).toList());
                List<ScoredReply> scored = new ArrayList<>();
                for (int i = 0; i < samples.size(); i++) {
                    scored.add(evaluator.score(q, context, samples.get(i), alone == null ? Double.NaN : alone[i]));
                }
                all.addAll(scored);
                Optional<ScoredReply> best = scored.stream().filter(ScoredReply::passed)
                        .max(Comparator.comparingDouble(ScoredReply::score));
                if (best.isPresent()) {
                    return new Outcome(best, all, round);
                }
            }
            return new Outcome(Optional.empty(), all, round);
        } catch (RuntimeException e) {
            // a native failure on odd input must not break the turn: the caller falls back to retrieval
            return new Outcome(Optional.empty(), all, 0);
        }
    }

    @Override
    public void close() {
        model.close();
    }
}
