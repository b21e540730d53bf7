package io.xiaobu.cli;

import io.xiaobu.nlu.model.ModelBenchmark;
import io.xiaobu.nlu.model.NluModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code xiaobu bench nlu}: warm single-thread latency and shared-backbone vs separate-models cost. */
@Command(name = "nlu", mixinStandardHelpOptions = true,
        description = "Benchmark the NLU model: p50/p99 of one utterance, and one shared backbone vs N separate models.")
public final class BenchNluCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, description = "model folder")
    Path model;

    @Option(names = "--text", defaultValue = "帮我把客厅空调调到二十六度然后播放周杰伦", description = "utterance (default: 20 characters)")
    String text;

    @Option(names = "--iterations", defaultValue = "2000")
    int iterations;

    @Option(names = "--warmup", defaultValue = "300")
    int warmup;

    @Option(names = "--heads", defaultValue = "5", description = "N: number of single-task models to compare against")
    int heads;

    @Option(names = "--ngram-weight", description = "mix the model's n-gram classifier in with this weight instead of its saved one (0: leave it out)")
    Double ngramWeight;

    @Option(names = "--transition-weight", description = "weight the model folder's slot transitions by this instead of their saved weight (0: leave them out)")
    Double transitionWeight;

    @Option(names = "--slot-decoding", description = "SPANS | VITERBI. Default: the model default")
    io.xiaobu.nlu.model.SlotDecoding slotDecoding = NluModel.DEFAULT_SLOT_DECODING;

    @Override
    public Integer call() throws Exception {
        try (NluModel m = NluModel.load(model, slotDecoding, ngramWeight, null, transitionWeight)) {
            System.out.printf("model %s, %d parameters, utterance of %d chars, threads per inference: %s, slot decoding %s%n", model,
                    m.parameterCount(), text.length(), System.getProperty("ai.djl.pytorch.num_threads", "default"), slotDecoding);
            if (m.slotTransitions() != null && m.slotTransitions().weight() > 0) {
                System.out.printf("with slot transitions (weight %.2f) in the slot decoding%n", m.slotTransitions().weight());
            }
            if (m.ngramWeight() > 0) System.out.printf("with the n-gram classifier (weight %.2f) and %d network(s)%n", m.ngramWeight(), m.memberCount());
            System.out.println("one pass, all heads, wall time:       " + ModelBenchmark.latency(m, text, warmup, iterations));
            System.out.println("one pass, all heads, thread CPU time: " + ModelBenchmark.cpuTime(m, text, warmup, iterations));
            ModelBenchmark.SharedVsSeparate s = ModelBenchmark.sharedVsSeparate(model, m, heads, text, warmup / 3, iterations / 2);
            System.out.printf("shared backbone, %d heads (CPU time): %s%n", s.heads(), s.shared());
            System.out.printf("%d separate models (CPU time):        %s%n", s.heads(), s.separate());
            System.out.printf("saving (1 - p50 shared / p50 separate): %.1f%%%n", 100 * s.saving());
        }
        return 0;
    }
}
