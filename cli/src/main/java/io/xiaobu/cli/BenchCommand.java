package io.xiaobu.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code xiaobu bench …}: benchmarks that print throughput and latency percentiles. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks (see the subcommands).",
        subcommands = {BenchLoadCommand.class, BenchNluCommand.class, BenchRetrievalCommand.class, BenchGenerationCommand.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
