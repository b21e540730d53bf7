package io.xiaobu.cli;

import io.xiaobu.nlu.data.DataDir;
import io.xiaobu.nlu.data.EntityLexicon;
import io.xiaobu.nlu.data.NluExample;
import io.xiaobu.nlu.model.ModelMeta;
import io.xiaobu.nlu.model.NgramClassifier;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Options of {@code train ngram} and {@code train product-ngram}, and the training they share. */
public final class NgramOptions {

    @Option(names = "--model", required = true, description = "trained model folder (its labels are used; the classifier goes into <model>/ngram)")
    Path model;

    @Option(names = "--weight", defaultValue = "0.4", description = "share of the classifier in the mixed probabilities (default: ${DEFAULT-VALUE})")
    double weight;

    @Option(names = "--max-n", defaultValue = "3", description = "longest n-gram in characters")
    int maxN;

    @Option(names = "--min-count", defaultValue = "2", description = "n-grams longer than one character need this many training utterances")
    int minCount;

    @Option(names = "--epochs", defaultValue = "10")
    int epochs;

    @Option(names = "--batch", defaultValue = "16", description = "utterances per step")
    int batch;

    @Option(names = "--lr", defaultValue = "0.5", description = "Adagrad learning rate")
    float lr;

    @Option(names = "--seed", defaultValue = "20261121")
    long seed;

    @Option(names = "--lexicons", split = ",", description = "word lists of the data dir whose words the classifier also reads as their type "
            + "(comma-separated types, or 'all'; default none)")
    List<String> lexicons = List.of();

    /** The labels of the model folder, after checking the options and that the folder holds a model the classifier can join. */
    ModelMeta modelLabels(CommandLine cli) throws Exception {
        if (!(weight > 0 && weight <= 1)) throw new CommandLine.ParameterException(cli, "--weight must be within (0, 1]: " + weight);
        if (!Files.isRegularFile(model.resolve(ModelMeta.FILE))) throw new NoSuchFileException(model.resolve(ModelMeta.FILE).toString());
        ModelMeta meta = ModelMeta.load(model);
        if (meta.config().contextChars() > 0) {
            throw new CommandLine.ParameterException(cli, "the n-gram classifier reads the utterance alone; " + model + " reads a context before it");
        }
        return meta;
    }

    /** Trains the classifier on {@code train} with the model's labels and writes it into the model folder. */
    void trainInto(ModelMeta meta, List<NluExample> train, String source) throws java.io.IOException {
        System.out.printf("training the n-gram classifier of %s on %d utterances of %s%n", model, train.size(), source);
        List<String> types = lexicons.equals(List.of("all")) ? EntityLexicon.knownTypes() : lexicons;
        EntityLexicon lexicon = types.isEmpty() ? EntityLexicon.empty() : EntityLexicon.load(DataDir.resolve(), types);
        if (!types.isEmpty()) System.out.printf("reading %d words of %s as their type%n", lexicon.size(), types);
        try (NgramClassifier c = NgramClassifier.train(train, meta.domains(), meta.intents(), lexicon, maxN, minCount, weight, epochs, batch, lr,
                seed, System.out::println)) {
            c.save(model);
            System.out.println("wrote " + model.resolve(NgramClassifier.FOLDER) + "  " + c.config().info());
        }
    }
}
