package io.xiaobu.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code xiaobu eval …}: measurements on the public data sets that print reports and JSON metrics. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a component on a data file (see the subcommands).",
        subcommands = {EvalNluCommand.class, EvalProductNluCommand.class, EvalKbqaCommand.class, EvalLinkingCommand.class,
                EvalRetrievalCommand.class, EvalGenerationCommand.class, EvalSafetyCommand.class, EvalRoutingCommand.class, EvalHeardCommand.class,
                EvalMultiHopCommand.class, EvalKgSpeedCommand.class})
public final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
