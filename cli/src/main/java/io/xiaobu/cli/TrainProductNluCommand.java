package io.xiaobu.cli;

import io.xiaobu.dialog.model.ProductTrainingSet;
import io.xiaobu.nlu.data.DataDir;
import io.xiaobu.nlu.data.EntityLexicon;
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

    @Option(names = "--entity-tags", description = "feed lexicon entity-type tags (the service does not supply them yet)")
    boolean entityTags;

    @Option(names = "--text-only", description = "the reject head ignores the recogniser signals")
    boolean textOnly;

    @Option(names = "--mlm-epochs", defaultValue = "0", description = "masked-char pretraining epochs over the training utterances first")
    int mlmEpochs;

    @Option(names = "--slot-swap", defaultValue = "0", description = "probability of seeing a training utterance with other values in its slots (0 = off)")
    double slotSwap;

    @Override
    public Integer call() throws Exception {
        ProductTrainingSet set = data.build();
        EntityLexicon lexicon = entityTags ? EntityLexicon.load(DataDir.resolve()) : EntityLexicon.empty();
        System.out.printf("train %d, dev %d utterances%n", set.train().size(), set.dev().size());
        ModelConfig cfg = new ModelConfig(128, 4, 3, 48, 0.1f, entityTags, !textOnly, lstm);
        TrainOptions opt = new TrainOptions(epochs, batch, lr, mlmEpochs, 6000, 20261121L, slotSwap);
        List<String> corpus = mlmEpochs > 0 ? set.train().stream().map(e -> e.text()).toList() : List.of();
        Map<String, Object> info = new NluTrainer(cfg, opt, System.out::println).train(set.train(), set.dev(), lexicon, corpus, out);
        System.out.println("wrote " + out + "  " + info);
        return 0;
    }
}
