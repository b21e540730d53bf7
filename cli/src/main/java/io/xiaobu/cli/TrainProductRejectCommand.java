package io.xiaobu.cli;

import io.xiaobu.nlu.data.EntityTagger;
import io.xiaobu.nlu.model.ModelMeta;
import io.xiaobu.nlu.model.RejectHeadTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code xiaobu train product-reject}: retrains only the reject head of the product model, with the
 * recogniser signals of the training turns randomly left out ({@link RejectHeadTrainer}).
 */
@Command(name = "product-reject", mixinStandardHelpOptions = true,
        description = "Retrain the product model's reject head alone (backbone and other heads frozen), leaving recogniser signals out at random.")
public final class TrainProductRejectCommand implements Callable<Integer> {

    @Mixin
    ProductDataOptions data;

    @Option(names = "--model", required = true, description = "trained product model folder (one network)")
    Path model;

    @Option(names = "--out", required = true, description = "folder to write the network with its new reject head to")
    Path out;

    @Option(names = "--epochs", defaultValue = "3")
    int epochs;

    @Option(names = "--batch", defaultValue = "64")
    int batch;

    @Option(names = "--lr", defaultValue = "0.001")
    float lr;

    @Option(names = "--drop-signal", defaultValue = "0.5", description = "probability that each recogniser signal of a turn is left out")
    double dropSignal;

    @Option(names = "--kg-tag-keep", defaultValue = "0.3", description = "fraction of utterances given their graph entity tags, as in training")
    double kgTagKeep;

    @Mixin
    GraphTagOptions graph;

    @Option(names = "--seed", defaultValue = "20261121")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(model.resolve(ModelMeta.FILE))) throw new NoSuchFileException(model.resolve(ModelMeta.FILE).toString());
        ModelMeta meta = ModelMeta.load(model);
        var set = data.build();
        try (GraphTagOptions.Tagging tagging = graph.openFor(meta)) {
            EntityTagger tagger = GraphTagOptions.keeping(tagging.tagger(), kgTagKeep);
            System.out.println("entity tags: " + tagging.source() + ", kept for " + kgTagKeep + " of the utterances");
            Map<String, Object> info = new RejectHeadTrainer(epochs, batch, lr, dropSignal, seed, System.out::println)
                    .train(model, set.train(), tagger, out);
            System.out.println("wrote " + out + "  " + info);
        }
        return 0;
    }
}
