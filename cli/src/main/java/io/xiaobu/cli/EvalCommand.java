package io.xiaobu.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code xiaobu eval …}: measurements on the public data sets. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a component (see the subcommands).",
        subcommands = {EvalKbqaCommand.class, EvalLinkingCommand.class, EvalMultiHopCommand.class, EvalKgSpeedCommand.class})
public final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
