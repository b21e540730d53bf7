package io.xiaobu.cli;

import io.xiaobu.chat.DataDir;
import io.xiaobu.chat.safety.BackboneEmbedder;
import io.xiaobu.chat.safety.SafetyCategory;
import io.xiaobu.chat.safety.SafetyChecker;
import io.xiaobu.chat.safety.SafetyVerdict;
import io.xiaobu.chat.safety.SafetyDataset;
import io.xiaobu.chat.safety.SafetyHead;
import io.xiaobu.chat.safety.SafetyHeadTrainer;
import io.xiaobu.chat.safety.SafetyLexicon;
import io.xiaobu.chat.safety.SafetyPolicy;
import io.xiaobu.nlu.model.NluModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code xiaobu train safety --data DIR [--backbone models/nlu/product] [--out models/safety]}: the learned
 * safety head on the shared backbone's embedding plus char n-grams, trained on the train split of
 * {@link SafetyDataset}; prints a dev-split threshold table to choose the policy's thresholds from.
 */
@Command(name = "safety", mixinStandardHelpOptions = true, description = "Train the safety head (backbone embedding + char n-grams).")
public final class TrainSafetyCommand implements Callable<Integer> {

    @Option(names = "--data", description = "the data dir (with safety/, chat/, nlu/smp-ecdt)")
    Path data;

    @Option(names = "--backbone", defaultValue = "models/nlu/product", description = "NLU model folder whose sentence embedding the head reads (the service's product model)")
    Path backbone;

    @Option(names = "--no-embedding", description = "n-grams only (ablation)")
    boolean noEmbedding;

    @Option(names = "--out", defaultValue = "models/safety")
    Path out;

    @Option(names = "--epochs", defaultValue = "20")
    int epochs;

    @Option(names = "--lexicon-dropout", defaultValue = "0.5", description = "probability of hiding the lexicon verdict from a training example")
    double lexiconDropout;

    @Option(names = "--terms-per-category", defaultValue = "2000", description = "most lexicon terms sampled per category")
    int termsPerCategory;

    @Option(names = "--hard-negative-repeats", defaultValue = "1", description = "how often each hard negative is shown per epoch")
    int hardRepeats;

    @Override
    public Integer call() throws Exception {
        Path dir = data == null ? DataDir.path() : data;
        long t0 = System.nanoTime();
        SafetyLexicon lexicon = SafetyLexicon.load(dir.resolve("safety"));
        SafetyDataset.Options dataOptions = new SafetyDataset.Options(termsPerCategory, SafetyDataset.Options.defaults().sentencesPerSource(),
                SafetyDataset.Options.defaults().seed());
        List<SafetyDataset.Example> all = SafetyDataset.build(dir, lexicon, dataOptions);
        List<SafetyDataset.Example> train = all.stream().filter(e -> e.split() == SafetyDataset.Split.TRAIN).toList();
        List<SafetyDataset.Example> dev = all.stream().filter(e -> e.split() == SafetyDataset.Split.DEV).toList();
        System.out.printf("data: %d examples (train %d, dev %d, test %d kept out), %d unsafe in train; %.1f s%n", all.size(), train.size(),
                dev.size(), all.size() - train.size() - dev.size(), train.stream().filter(SafetyDataset.Example::unsafe).count(), (System.nanoTime() - t0) / 1e9);
        List<float[]> trainEmb, devEmb;
        if (noEmbedding) {
            trainEmb = nulls(train.size());
            devEmb = nulls(dev.size());
        } else {
            try (NluModel model = NluModel.load(backbone)) {
                BackboneEmbedder embedder = new BackboneEmbedder(model, 64);
                trainEmb = embedWithProgress(embedder, train);
                devEmb = embedWithProgress(embedder, dev);
            }
        }
        List<SafetyHeadTrainer.Sample> samples = new ArrayList<>();
        SafetyChecker lexiconOnly = new SafetyChecker(lexicon);
        for (int i = 0; i < train.size(); i++) {
            SafetyVerdict v = lexiconOnly.checkLexiconOnly(train.get(i).text());
            var sample = new SafetyHeadTrainer.Sample(train.get(i).text(), train.get(i).unsafe(), trainEmb.get(i), v.safe() ? SafetyCategory.NONE : v.category());
            int repeats = train.get(i).group().startsWith("hard-negative") ? hardRepeats : 1;
            for (int r = 0; r < repeats; r++) samples.add(sample);
        }
        SafetyHeadTrainer.Options d = SafetyHeadTrainer.Options.defaults();
        SafetyHeadTrainer.Options opts = new SafetyHeadTrainer.Options(d.buckets(), d.maxN(), epochs, d.learningRate(), d.l2(),
                d.embeddingDropout(), lexiconDropout, d.seed());
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("train_examples", train.size());
        info.put("train_unsafe", samples.stream().filter(SafetyHeadTrainer.Sample::unsafe).count());
        info.put("options", opts.toString());
        long t1 = System.nanoTime();
        SafetyHead head = new SafetyHeadTrainer(opts).train(samples, noEmbedding ? "none" : backbone.toString().replace('\\', '/'), info, System.out::println);
        System.out.printf("trained in %.1f s%n", (System.nanoTime() - t1) / 1e9);
        devTable(head, dev, devEmb, lexiconOnly);
        head.save(out);
        System.out.println("saved " + out.resolve(SafetyHead.FILE));
        return 0;
    }

    /** Dev-split rates of the head alone and of the combined policy over a grid of thresholds: where the defaults come from. */
    private static void devTable(SafetyHead head, List<SafetyDataset.Example> dev, List<float[]> emb, SafetyChecker lexiconOnly) {
        int n = dev.size();
        double[] alone = new double[n], with = new double[n];
        SafetyCategory[] hit = new SafetyCategory[n];
        for (int i = 0; i < n; i++) {
            SafetyVerdict v = lexiconOnly.checkLexiconOnly(dev.get(i).text());
            hit[i] = v.safe() ? SafetyCategory.NONE : v.category();
            alone[i] = head.unsafeProbability(dev.get(i).text(), emb.get(i));
            with[i] = head.unsafeProbability(dev.get(i).text(), emb.get(i), hit[i]);
        }
        SafetyPolicy policy = SafetyPolicy.defaults();
        System.out.println("dev split: variant  block-rate(unsafe)  false-block(real chat)  false-block(hard negatives + safe words in templates)");
        for (double t : new double[] {0.5, 0.7, 0.9, 0.95, 0.99}) {
            double[] r = rates(dev, i -> alone[i] >= t);
            System.out.printf(Locale.ROOT, "  head alone p>=%.2f      %.3f  %.4f  %.3f%n", t, r[0], r[1], r[2]);
        }
        double[] lex = rates(dev, i -> hit[i] != SafetyCategory.NONE);
        System.out.printf(Locale.ROOT, "  lexicon only           %.3f  %.4f  %.3f%n", lex[0], lex[1], lex[2]);
        for (double agree : new double[] {0.1, 0.2, 0.3, 0.5, 0.7}) {
            for (double solo : new double[] {0.9, 0.95, 0.99}) {
                double[] r = rates(dev, i -> hit[i] == SafetyCategory.NONE ? alone[i] >= solo : policy.strong(hit[i]) || with[i] >= agree);
                System.out.printf(Locale.ROOT, "  combined agree=%.2f solo=%.2f  %.3f  %.4f  %.3f%n", agree, solo, r[0], r[1], r[2]);
            }
        }
    }

    private static double[] rates(List<SafetyDataset.Example> dev, java.util.function.IntPredicate block) {
        int u = 0, ub = 0, s = 0, sb = 0, h = 0, hb = 0;
        for (int i = 0; i < dev.size(); i++) {
            SafetyDataset.Example e = dev.get(i);
            boolean b = block.test(i);
            if (e.unsafe()) { u++; ub += b ? 1 : 0; }
            else if (e.group().startsWith("chat:")) { s++; sb += b ? 1 : 0; }
            else { h++; hb += b ? 1 : 0; }
        }
        return new double[] {ub / (double) Math.max(1, u), sb / (double) Math.max(1, s), hb / (double) Math.max(1, h)};
    }

    private static List<float[]> nulls(int n) {
        List<float[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(null);
        return out;
    }

    static List<float[]> embedWithProgress(BackboneEmbedder embedder, List<SafetyDataset.Example> examples) {
        List<float[]> out = new ArrayList<>(examples.size());
        long t = System.nanoTime();
        for (int i = 0; i < examples.size(); i += 2048) {
            List<String> texts = examples.subList(i, Math.min(examples.size(), i + 2048)).stream().map(SafetyDataset.Example::text).toList();
            out.addAll(embedder.embedAll(texts));
            System.out.printf("  backbone embeddings %d/%d (%.0f s)%n", out.size(), examples.size(), (System.nanoTime() - t) / 1e9);
        }
        return out;
    }
}
