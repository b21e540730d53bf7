package io.xiaobu.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code xiaobu train …}: training commands, each with progress and a resumable checkpoint where it matters. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train a model (see the subcommands).",
        subcommands = {TrainBackboneCommand.class, TrainNluCommand.class, TrainNgramCommand.class, TrainSlotTransitionsCommand.class, TrainProductNluCommand.class, TrainProductNgramCommand.class, TrainProductSlotTransitionsCommand.class, TrainProductRejectCommand.class, TrainProductCalibrationCommand.class,
                TrainChatEncoderCommand.class,
                TrainChatCommand.class, TrainSafetyCommand.class, TrainChatMatchingCommand.class})
public final class TrainCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
