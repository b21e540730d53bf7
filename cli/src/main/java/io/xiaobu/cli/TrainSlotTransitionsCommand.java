package io.xiaobu.cli;

import io.xiaobu.nlu.data.NluExample;
import io.xiaobu.nlu.model.ModelMeta;
import io.xiaobu.nlu.model.SlotTransitions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code xiaobu train slot-transitions}: counts how slot tags follow one another in a dataset's train part
 * and writes the counts into a trained model folder, whose slot decoding then adds them
 * ({@link SlotTransitions}).
 */
@Command(name = "slot-transitions", mixinStandardHelpOptions = true,
        description = "Count the slot-tag bigrams of a dataset's train part and add them to a trained model folder's slot decoding.")
public final class TrainSlotTransitionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    NluDataOptions data;

    @Option(names = "--model", required = true, description = "trained model folder (its slot tags are used; writes <model>/" + SlotTransitions.FILE + ")")
    Path model;

    @Option(names = "--weight", defaultValue = "" + SlotTransitions.DEFAULT_WEIGHT, description = "factor of the transition scores in the decoding (default: ${DEFAULT-VALUE})")
    double weight;

    @Override
    public Integer call() throws Exception {
        countInto(spec.commandLine(), model, weight, () -> data.part(data.read(), false), data.data.getFileName().toString());
        return 0;
    }

    interface Examples {
        List<NluExample> read() throws java.io.IOException;
    }

    /** Counts the bigrams of {@code train} with the slot tags of the model folder and writes them into it. */
    static void countInto(CommandLine cli, Path model, double weight, Examples train, String source) throws java.io.IOException {
        if (!(weight >= 0 && weight <= 4)) throw new CommandLine.ParameterException(cli, "--weight must be within 0..4: " + weight);
        if (!Files.isRegularFile(model.resolve(ModelMeta.FILE))) throw new NoSuchFileException(model.resolve(ModelMeta.FILE).toString());
        ModelMeta meta = ModelMeta.load(model);
        SlotTransitions t = SlotTransitions.count(train.read(), meta.slotTags(), weight, source);
        t.save(model);
        System.out.printf("counted the slot-tag bigrams of %s texts of %s; wrote %s (weight %.2f)%n",
                t.facts().get("texts"), source, model.resolve(SlotTransitions.FILE), weight);
    }
}
