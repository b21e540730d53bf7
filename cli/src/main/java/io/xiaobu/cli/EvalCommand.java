package io.xiaobu.cli;

import picocli.CommandLine.Command;

/** {@code xiaobu eval …}: offline evaluations that print JSON metrics. */
@Command(name = "eval", description = "Evaluate components on data files.", mixinStandardHelpOptions = true,
        subcommands = {EvalRetrievalCommand.class, EvalSafetyCommand.class})
public final class EvalCommand {
}
