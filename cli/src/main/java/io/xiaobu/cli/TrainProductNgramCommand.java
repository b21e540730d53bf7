package io.xiaobu.cli;

import io.xiaobu.nlu.model.ModelMeta;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code xiaobu train product-ngram}: the n-gram classifier of the product model, trained on the same
 * set as the network (skill samples plus the public data mapped to the product's intents; its training part).
 */
@Command(name = "product-ngram", mixinStandardHelpOptions = true,
        description = "Train a character n-gram classifier on the product training set and add it to the product model folder.")
public final class TrainProductNgramCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProductDataOptions data;

    @Mixin
    NgramOptions ngram;

    @Override
    public Integer call() throws Exception {
        ModelMeta meta = ngram.modelLabels(spec.commandLine());
        ngram.trainInto(meta, data.build().train(), "the product training set");
        return 0;
    }
}
