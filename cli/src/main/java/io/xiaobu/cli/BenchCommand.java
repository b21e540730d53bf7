package io.xiaobu.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code xiaobu bench …}: groups the benchmark subcommands. */
@Command(name = "bench", description = "Measure speed on this machine.", mixinStandardHelpOptions = true,
        subcommands = {BenchNluCommand.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
