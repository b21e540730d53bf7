package io.xiaobu.cli;

import io.xiaobu.nlu.model.ModelMeta;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code xiaobu train ngram}: trains the n-gram classifier of a trained benchmark model folder on the
 * same data (its train part) and writes it into the folder, where {@code eval nlu} picks it up.
 */
@Command(name = "ngram", mixinStandardHelpOptions = true,
        description = "Train a character n-gram classifier (domain, intent) on a dataset's train part and add it to a trained model folder, "
                + "whose domain and intent probabilities it is mixed into.")
public final class TrainNgramCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    NluDataOptions data;

    @Mixin
    NgramOptions ngram;

    @Override
    public Integer call() throws Exception {
        ModelMeta meta = ngram.modelLabels(spec.commandLine());
        ngram.trainInto(meta, data.part(data.read(), false), data.data.toString());
        return 0;
    }
}
