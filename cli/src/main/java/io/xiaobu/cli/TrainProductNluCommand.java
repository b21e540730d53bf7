package io.xiaobu.cli;

import io.xiaobu.dialog.model.ProductTrainingSet;
import io.xiaobu.nlu.data.EntityLexicon;
import io.xiaobu.nlu.data.EntityTagger;
import io.xiaobu.nlu.model.Backbone;
import io.xiaobu.nlu.model.ModelConfig;
import io.xiaobu.nlu.model.NluTrainer;
import io.xiaobu.nlu.model.TrainOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code xiaobu train product-nlu}: trains the model the service uses, whose labels are the product's
 * skill intents (plus chat and qa), on the skills' sample utterances and the public data mapped to them.
 * Rerunning with the same --out resumes.
 */
@Command(name = "product-nlu", mixinStandardHelpOptions = true,
        description = "Train the product NLU model (skill intents and slots) on skill samples + mapped public data.")
public final class TrainProductNluCommand implements Callable<Integer> {

    @Mixin
    ProductDataOptions data;

    @Option(names = "--out", required = true, description = "model folder to write, e.g. models/nlu/product")
    Path out;

    @Option(names = "--epochs", defaultValue = "8")
    int epochs;

    @Option(names = "--batch", defaultValue = "64")
    int batch;

    @Option(names = "--lr", defaultValue = "0.003")
    float lr;

    @Option(names = "--lstm", defaultValue = "64", description = "BiLSTM hidden size per direction (0 = none)")
    int lstm;

    @Option(names = "--kg-tags", description = "feed per-character entity types from the knowledge graph's linker "
            + "(the service's link stage supplies them); the graph: --kg-starter-only, or Neo4j (embedded, or --uri)")
    boolean kgTags;

    @Option(names = "--kg-tag-keep", defaultValue = "1.0", description = "with --kg-tags: fraction of training utterances given their tags (the rest none)")
    double kgTagKeep;

    @Mixin
    GraphTagOptions graph;

    @Option(names = "--seed", defaultValue = "20261121", description = "shuffling, masking and augmentation seed")
    long seed;

    @Option(names = "--text-only", description = "the reject head ignores the recogniser signals")
    boolean textOnly;

    @Option(names = "--mlm-epochs", defaultValue = "0", description = "masked-char pretraining epochs over the training utterances first")
    int mlmEpochs;

    @Option(names = "--word-boundaries", description = "feed each character's place in its word (HanLP segmentation) to the backbone")
    boolean wordBoundaries;

    @Option(names = "--backbone", description = "start from this pretrained backbone (train backbone)")
    Path backbone;

    @Option(names = "--slot-swap", defaultValue = "0", description = "probability of seeing a training utterance with other values in its slots (0 = off)")
    double slotSwap;

    @Override
    public Integer call() throws Exception {
        ProductTrainingSet set = data.build();
        System.out.printf("train %d, dev %d utterances%n", set.train().size(), set.dev().size());
        ModelConfig cfg = new ModelConfig(128, 4, 3, 48, 0.1f, kgTags, !textOnly, lstm, 0, 0, null, wordBoundaries);
        TrainOptions opt = new TrainOptions(epochs, batch, lr, mlmEpochs, 6000, seed, slotSwap);
        List<String> corpus = mlmEpochs > 0 ? set.train().stream().map(e -> e.text()).toList() : List.of();
        NluTrainer trainer = new NluTrainer(cfg, opt, System.out::println, backbone == null ? null : Backbone.load(backbone));
        try (GraphTagOptions.Tagging tagging = kgTags ? graph.open() : null) {
            EntityTagger tagger = tagging == null ? EntityLexicon.empty() : GraphTagOptions.keeping(tagging.tagger(), kgTagKeep);
            if (tagging != null) System.out.println("entity tags from the " + tagging.source() + ", kept for " + kgTagKeep + " of the utterances");
            Map<String, Object> info = trainer.train(set.train(), set.dev(), tagger, corpus, out);
            System.out.println("wrote " + out + "  " + info);
        }
        return 0;
    }
}
