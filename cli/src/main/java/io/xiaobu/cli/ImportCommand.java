package io.xiaobu.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code xiaobu import …}: loads public data into the project's stores. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import public data (see the subcommands).",
        subcommands = {ImportKgCommand.class})
public final class ImportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
