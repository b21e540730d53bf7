package io.xiaobu.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code xiaobu eval …}: groups the evaluation subcommands. */
@Command(name = "eval", description = "Evaluate a model on labelled data.", mixinStandardHelpOptions = true,
        subcommands = {EvalNluCommand.class})
public final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
