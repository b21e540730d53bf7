package io.xiaobu.cli;

import picocli.CommandLine.Command;

/** {@code xiaobu bench …}: latency benchmarks that print percentiles. */
@Command(name = "bench", description = "Latency benchmarks.", mixinStandardHelpOptions = true,
        subcommands = {BenchRetrievalCommand.class})
public final class BenchCommand {
}
