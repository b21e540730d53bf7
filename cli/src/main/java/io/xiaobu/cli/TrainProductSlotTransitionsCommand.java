package io.xiaobu.cli;

import io.xiaobu.nlu.model.SlotTransitions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code xiaobu train product-slot-transitions}: {@code train slot-transitions} on the product training set. */
@Command(name = "product-slot-transitions", mixinStandardHelpOptions = true,
        description = "Count the slot-tag bigrams of the product training set and add them to the product model's slot decoding.")
public final class TrainProductSlotTransitionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProductDataOptions data;

    @Option(names = "--model", defaultValue = "models/nlu/product", description = "product model folder (default: ${DEFAULT-VALUE})")
    Path model;

    @Option(names = "--weight", defaultValue = "" + SlotTransitions.DEFAULT_WEIGHT, description = "factor of the transition scores in the decoding (default: ${DEFAULT-VALUE})")
    double weight;

    @Override
    public Integer call() throws Exception {
        TrainSlotTransitionsCommand.countInto(spec.commandLine(), model, weight, () -> data.build().train(), "the product training set");
        return 0;
    }
}
