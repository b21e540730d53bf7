package io.xiaobu.chat.generation;

import io.xiaobu.chat.corpus.ChatPair;
import io.xiaobu.chat.safety.SafetyChecker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * {@code eval generation}: perplexity of the reference replies, and for the generator's chosen replies
 * distinct-1/2, BLEU-2 against the reference, the unsafe-reply rate (of the chosen replies and of the raw first
 * samples) and how often it gave up.
 */
public final class GenerationEvaluator {

    /** The measured numbers; {@code examples} holds a few (post, reference, generated) triples. */
    public record Metrics(int n, double perplexity, double medianReferenceLogProb, double distinct1, double distinct2,
                          double bleu2, double unsafeRate, double rawUnsafeRate, double emptyRate, double meanRounds,
                          List<String[]> examples) {
    }

    private GenerationEvaluator() {
    }

    public static Metrics evaluate(GeneratorTraining scorer, ChatGenerator generator, SafetyChecker safety,
                                   List<ChatPair> pairs, long seed, IntConsumer progress) {
        List<GenExample> refs = pairs.stream().map(p -> new GenExample(List.of(p.post()), p.reply(), "eval")).toList();
        double[] loss = scorer.replyLoss(refs);
        double sum = 0;
        int counted = 0;
        for (double l : loss) {
            if (!Double.isNaN(l)) {
                sum += l;
                counted++;
            }
        }
        double[] sorted = Arrays.stream(loss).filter(l -> !Double.isNaN(l)).sorted().toArray();
        double median = sorted.length == 0 ? Double.NaN : -sorted[sorted.length / 2];
        Random random = new Random(seed);
        List<String> hyps = new ArrayList<>();
        List<String> chosen = new ArrayList<>();
        List<String> chosenRefs = new ArrayList<>();
        List<String[]> examples = new ArrayList<>();
        int unsafe = 0;
        int rawUnsafe = 0;
        int empty = 0;
        long rounds = 0;
        for (int i = 0; i < pairs.size(); i++) {
            ChatPair p = pairs.get(i);
            ChatGenerator.Outcome o = generator.generate(p.post(), List.of(), random);
            rounds += o.rounds();
            String best = o.best().map(ScoredReply::text).orElse("");
            hyps.add(best);
            if (best.isEmpty()) {
                empty++;
            } else {
                chosen.add(best);
                chosenRefs.add(p.reply());
                if (!safety.checkCandidate(p.post(), best).safe()) {
                    unsafe++;
                }
            }
            if (!o.candidates().isEmpty() && !safety.checkCandidate(p.post(), o.candidates().getFirst().text()).safe()) {
                rawUnsafe++;
            }
            if (examples.size() < 12) {
                examples.add(new String[] {p.post(), p.reply(), best});
            }
            progress.accept(i + 1);
        }
        int n = pairs.size();
        return new Metrics(n, counted == 0 ? Double.NaN : Math.exp(sum / counted), median,
                GenerationMetrics.distinct(chosen, 1), GenerationMetrics.distinct(chosen, 2),
                GenerationMetrics.bleu2(hyps, pairs.stream().map(ChatPair::reply).toList()),
                chosen.isEmpty() ? 0 : unsafe / (double) chosen.size(), n == 0 ? 0 : rawUnsafe / (double) n,
                n == 0 ? 0 : empty / (double) n, n == 0 ? 0 : rounds / (double) n, examples);
    }
}
