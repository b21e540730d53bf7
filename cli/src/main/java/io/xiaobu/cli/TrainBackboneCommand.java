package io.xiaobu.cli;

import io.xiaobu.nlu.data.DataDir;
import io.xiaobu.nlu.model.BackboneTrainer;
import io.xiaobu.nlu.model.ModelConfig;
import io.xiaobu.nlu.model.TrainOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * {@code xiaobu train backbone}: masked-char pretraining of the NLU backbone on all the running Chinese
 * text of the data dir ({@link PretrainingCorpus}); {@code train nlu --backbone DIR} fine-tunes from it.
 */
@Command(name = "backbone", mixinStandardHelpOptions = true,
        description = "Pretrain the NLU backbone (masked characters) on all the Chinese text of the data dir, minus the benchmarks' dev parts; "
                + "rerunning with the same --out resumes.")
public final class TrainBackboneCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, description = "backbone folder to write")
    Path out;

    @Option(names = "--epochs", defaultValue = "3", description = "passes over the corpus")
    int epochs;

    @Option(names = "--batch", defaultValue = "64")
    int batch;

    @Option(names = "--lr", defaultValue = "0.002")
    float lr;

    @Mixin
    BackboneShapeOptions shape;

    @Option(names = "--max-vocab", defaultValue = "4000", description = "most frequent characters kept")
    int maxVocab;

    @Option(names = "--min-count", defaultValue = "2", description = "a character needs at least this many occurrences")
    int minCount;

    @Option(names = "--limit", defaultValue = "0", description = "pretrain on this many texts drawn at random (0 = all; for trials)")
    int limit;

    @Option(names = "--seed", defaultValue = "20261121", description = "masking and shuffling seed")
    long seed;

    @Override
    public Integer call() throws Exception {
        Path dataDir = DataDir.resolve();
        if (!Files.isDirectory(dataDir)) throw new java.nio.file.NoSuchFileException(dataDir.toString());
        PretrainingCorpus corpus = PretrainingCorpus.collect(dataDir, shape.maxLen);
        System.out.println("pretraining text from " + dataDir + " (benchmark dev parts left out):");
        System.out.println(corpus.summary());
        List<String> texts = corpus.texts();
        if (limit > 0 && limit < texts.size()) {
            List<String> shuffled = new ArrayList<>(texts);
            Collections.shuffle(shuffled, new Random(seed));
            texts = shuffled.subList(0, limit);
            System.out.println("using " + limit + " of them (--limit)");
        }
        ModelConfig cfg = new ModelConfig(shape.dim, shape.layers, 3, shape.maxLen, 0.1f, true, true, shape.lstm);
        TrainOptions opt = new TrainOptions(1, batch, lr, epochs, maxVocab, seed);
        Map<String, Object> info = new BackboneTrainer(cfg, opt, minCount, System.out::println).train(texts, out);
        System.out.println("wrote " + out + "  " + info);
        return 0;
    }
}
