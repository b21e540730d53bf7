package io.xiaobu.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code xiaobu train …}: groups the training subcommands. */
@Command(name = "train", description = "Train a model.", mixinStandardHelpOptions = true,
        subcommands = {TrainNluCommand.class})
public final class TrainCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
