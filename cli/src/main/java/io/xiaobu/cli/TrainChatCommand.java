package io.xiaobu.cli;

import io.xiaobu.chat.corpus.PersonaBook;
import io.xiaobu.chat.generation.GenExample;
import io.xiaobu.chat.generation.GenVocab;
import io.xiaobu.chat.generation.GenerationData;
import io.xiaobu.chat.generation.GeneratorSettings;
import io.xiaobu.chat.generation.GeneratorTraining;
import io.xiaobu.chat.generation.IfdCleaner;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code xiaobu train chat --data DIR --out DIR}: the generative chat model. Pass 1 trains on every pair;
 * IFD = loss(reply | context) ÷ loss(reply alone) is then scored with that model and pairs at or above
 * {@code --ifd-threshold} are dropped; pass 2 continues from the pass-1 weights on the cleaned pairs.
 * With {@code --ablation-out} pass 2 is also run on all pairs (same schedule) so the cleaning's effect can be measured.
 */
@Command(name = "chat", mixinStandardHelpOptions = true, description = "Train the generative chat model (DJL, UniLM-style).")
public final class TrainChatCommand implements Callable<Integer> {

    @Option(names = "--data", description = "data dir or its chat/ folder")
    Path data;

    @Option(names = "--out", required = true, description = "where the final (cleaned) model goes")
    Path out;

    @Option(names = "--work", defaultValue = "var/chat-generator", description = "pass-1 model, IFD report, ablation default")
    Path work;

    @Option(names = "--epochs", defaultValue = "4", description = "pass-1 epochs")
    int epochs;

    @Option(names = "--clean-epochs", defaultValue = "2", description = "pass-2 epochs (after IFD cleaning); 0 = no cleaning")
    int cleanEpochs;

    @Option(names = "--ifd-threshold", defaultValue = "1.0")
    double ifdThreshold;

    @Option(names = "--ifd-max-drop", defaultValue = "0.25", description = "drop at most this share of the pairs (highest IFD first)")
    double ifdMaxDrop;

    @Option(names = "--held-out", defaultValue = "500", description = "last lines of lccc-toy/toy_train.txt left out for eval generation")
    int heldOut;

    @Option(names = "--context-turns", defaultValue = "2", description = "previous session turns in the context")
    int contextTurns;

    @Option(names = "--batch", defaultValue = "64")
    int batch;

    @Option(names = "--lr", defaultValue = "0.001")
    float lr;

    @Option(names = "--skip-sources", split = ",", description = "example sources to leave out: persona, lccc, lccc-session, kdconv, chatterbot")
    List<String> skipSources = List.of();

    @Option(names = "--limit", defaultValue = "0", description = "use only the first N pairs (smoke runs)")
    int limit;

    @Option(names = "--dim", defaultValue = "128")
    int dim;

    @Option(names = "--layers", defaultValue = "3")
    int layers;

    @Option(names = "--log-every", defaultValue = "50")
    int logEvery;

    @Option(names = "--ablation-out", description = "also continue pass 2 on ALL pairs into this dir (the no-cleaning baseline)")
    Path ablationOut;

    @Override
    public Integer call() throws Exception {
        Path chat = ChatDataOption.chatDir(data);
        List<GenExample> examples = GenerationData.training(chat, PersonaBook.load(), heldOut, contextTurns);
        examples = examples.stream().filter(e -> !skipSources.contains(e.source())).toList();
        if (limit > 0 && examples.size() > limit) {
            List<GenExample> shuffled = new ArrayList<>(examples);
            java.util.Collections.shuffle(shuffled, new java.util.Random(7));
            examples = shuffled.subList(0, limit);
        }
        System.out.printf("training on %d examples from %s (last %d lines of %s held out; skipped sources %s)%n",
                examples.size(), chat, heldOut, GenerationData.LCCC_PAIRS, skipSources);
        GeneratorSettings d = GeneratorSettings.defaults();
        GeneratorSettings s = new GeneratorSettings(d.maxChars(), dim, layers, d.heads(), d.maxLength(), d.maxContext(),
                d.maxReply());
        List<String> texts = new ArrayList<>();
        examples.forEach(e -> {
            texts.add(e.reply());
            texts.addAll(e.context());
        });
        GenVocab vocab = GenVocab.fit(texts, s.maxChars());
        System.out.printf("vocabulary %d (chars seen ≥ 2×), settings %s%n", vocab.size(), s);
        Path pass1 = work.resolve("pass1");
        GeneratorTraining.Schedule first = new GeneratorTraining.Schedule(epochs, batch, lr, 200, 20261121L);
        try (GeneratorTraining run = GeneratorTraining.start(s, vocab, null, first, examples.size())) {
            run.train(examples, logEvery, System.out::println);
            run.save(cleanEpochs > 0 ? pass1 : out);
            if (cleanEpochs <= 0) {
                System.out.println("saved to " + out + " (no IFD pass)");
                return 0;
            }
            System.out.println("pass 1 saved to " + pass1 + "; scoring IFD …");
            List<IfdCleaner.Scored> scored = IfdCleaner.score(run, examples);
            IfdCleaner.Result r = IfdCleaner.clean(scored, ifdThreshold, ifdMaxDrop);
            report(scored, r);
            GeneratorTraining.Schedule second = new GeneratorTraining.Schedule(cleanEpochs, batch, lr / 2, 50, 20261122L);
            pass2(pass1, s, vocab, second, r.keptExamples(), out, "cleaned");
            if (ablationOut != null) {
                pass2(pass1, s, vocab, second, examples, ablationOut, "all pairs (ablation)");
            }
        }
        return 0;
    }

    private void pass2(Path from, GeneratorSettings s, GenVocab vocab, GeneratorTraining.Schedule schedule,
                       List<GenExample> examples, Path to, String what) throws Exception {
        System.out.printf("pass 2 on %s: %d examples, %d epochs%n", what, examples.size(), schedule.epochs());
        try (GeneratorTraining run = GeneratorTraining.start(s, vocab, from, schedule, examples.size())) {
            run.train(examples, logEvery, System.out::println);
            run.save(to);
        }
        System.out.println("saved to " + to);
    }

    private void report(List<IfdCleaner.Scored> scored, IfdCleaner.Result r) throws Exception {
        System.out.printf(Locale.ROOT, "IFD ≥ %.2f (at most %.0f%% of the pairs): dropped %d of %d pairs (%.1f%%)%n", ifdThreshold, 100 * ifdMaxDrop, r.dropped().size(),
                scored.size(), 100.0 * r.dropped().size() / Math.max(1, scored.size()));
        Map<String, long[]> bySource = new java.util.TreeMap<>();
        scored.forEach(x -> bySource.computeIfAbsent(x.example().source(), k -> new long[2])[0]++);
        r.dropped().forEach(x -> bySource.get(x.example().source())[1]++);
        bySource.forEach((k, v) -> System.out.printf("  %-14s %6d pairs, %5d dropped%n", k, v[0], v[1]));
        Files.createDirectories(work);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(work.resolve("ifd.tsv")))) {
            w.println("ifd\tloss_with_context\tloss_alone\tsource\tcontext\treply");
            scored.stream().sorted(Comparator.comparingDouble(IfdCleaner.Scored::ifd).reversed()).forEach(x ->
                    w.printf(Locale.ROOT, "%.3f\t%.3f\t%.3f\t%s\t%s\t%s%n", x.ifd(), x.conditioned(), x.alone(),
                            x.example().source(), String.join(" | ", x.example().context()), x.example().reply()));
        }
        System.out.println("examples of dropped pairs (highest IFD):");
        r.dropped().stream().sorted(Comparator.comparingDouble(IfdCleaner.Scored::ifd).reversed()).limit(8).forEach(x ->
                System.out.printf(Locale.ROOT, "  %.2f  %s → %s%n", x.ifd(), String.join(" | ", x.example().context()),
                        x.example().reply()));
        System.out.println("all scores: " + work.resolve("ifd.tsv"));
    }
}
