package io.xiaobu.cli;

import io.xiaobu.chat.DataDir;
import io.xiaobu.chat.corpus.ChatPair;
import io.xiaobu.chat.generation.ChatGenerator;
import io.xiaobu.chat.generation.GenerationConfig;
import io.xiaobu.chat.generation.GenerationData;
import io.xiaobu.chat.generation.GenerationEvaluator;
import io.xiaobu.chat.generation.GeneratorTraining;
import io.xiaobu.chat.safety.SafetyChecker;
import io.xiaobu.chat.safety.SafetyLexicon;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code xiaobu eval generation --data FILE [--last N] [--model DIR] [--json OUT]}: perplexity of the reference
 * replies, distinct-1/2, BLEU-2 and unsafe-reply rate of the generator's 1-vs-N replies, on a
 * {@code post \t reply} file. {@code train chat} holds out the last 500 lines of LCCC toy_train.txt: evaluate
 * on those with {@code --last 500}.
 */
@Command(name = "generation", mixinStandardHelpOptions = true, description = "Evaluate the generative chat model.")
public final class EvalGenerationCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, description = "post \\t reply file (chars may be space-separated)")
    Path data;

    @Option(names = "--last", defaultValue = "0", description = "only the last N pairs of the file (0 = all)")
    int last;

    @Option(names = "--model", defaultValue = "models/chat/generator")
    Path model;

    @Option(names = "--json", description = "write the metrics JSON here too")
    Path json;

    @Option(names = "--samples", defaultValue = "6", description = "N of 1-vs-N")
    int samples;

    @Option(names = "--likelihood-center", description = "override the evaluator's likelihood center")
    Double likelihoodCenter;

    @Option(names = "--context-weight", description = "override the evaluator's context-gain weight")
    Double contextWeight;

    @Option(names = "--relevance-weight", description = "override the evaluator's char-overlap weight")
    Double relevanceWeight;

    @Option(names = "--seed", defaultValue = "20261121")
    long seed;

    @Override
    public Integer call() throws Exception {
        List<ChatPair> pairs = GenerationData.lastPart(data, last);
        SafetyChecker safety = new SafetyChecker(SafetyLexicon.load(DataDir.find("safety").orElse(null)));
        GenerationConfig d = GenerationConfig.defaults();
        io.xiaobu.chat.generation.EvaluatorConfig ev = d.evaluator();
        ev = new io.xiaobu.chat.generation.EvaluatorConfig(likelihoodCenter != null ? likelihoodCenter : ev.likelihoodCenter(),
                ev.likelihoodWeight(), contextWeight != null ? contextWeight : ev.contextWeight(),
                relevanceWeight != null ? relevanceWeight : ev.relevanceWeight(), ev.repetitionWeight(), ev.maxRepetition(),
                ev.minChars(), ev.maxChars(), ev.threshold());
        GenerationConfig config = new GenerationConfig(samples, d.contextTurns(), d.first(), d.retry(), ev);
        long t0 = System.nanoTime();
        GenerationEvaluator.Metrics m;
        try (GeneratorTraining scorer = GeneratorTraining.open(model, new GeneratorTraining.Schedule(1, 64, 1e-3f, 1, 1));
             ChatGenerator generator = ChatGenerator.load(model, safety, config)) {
            m = GenerationEvaluator.evaluate(scorer, generator, safety, pairs, seed, n -> {
                if (n % 50 == 0) {
                    System.err.printf("generated %d/%d%n", n, pairs.size());
                }
            });
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("data", data.getFileName().toString() + (last > 0 ? " (last " + last + " pairs)" : ""));
        out.put("model", model.toString());
        out.put("n", m.n());
        out.put("perplexity", m.perplexity());
        out.put("median_reference_log_prob", m.medianReferenceLogProb());
        out.put("distinct_1", m.distinct1());
        out.put("distinct_2", m.distinct2());
        out.put("bleu_2", m.bleu2());
        out.put("unsafe_reply_rate", m.unsafeRate());
        out.put("raw_first_sample_unsafe_rate", m.rawUnsafeRate());
        out.put("empty_rate", m.emptyRate());
        out.put("mean_rounds", m.meanRounds());
        out.put("samples_per_round", samples);
        out.put("evaluator", ev.toString());
        out.put("seconds", (System.nanoTime() - t0) / 1e9);
        out.put("examples", m.examples().stream().map(e -> Map.of("post", e[0], "reference", e[1], "generated", e[2])).toList());
        EvalOutput.emit(out, json);
        m.examples().forEach(e -> System.out.println("  " + e[0] + " → " + e[2] + "   (ref: " + e[1] + ")"));
        return 0;
    }
}
