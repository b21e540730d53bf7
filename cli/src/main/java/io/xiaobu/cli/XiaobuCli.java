package io.xiaobu.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ./xiaobu} command line. Every subcommand is listed here, in the order a newcomer meets
 * them; {@code serve} is handled by the launcher script (it starts the Quarkus service).
 */
@Command(name = "xiaobu",
        mixinStandardHelpOptions = true,
        version = "xiaobu 0.1.0",
        description = "Xiaobu voice-assistant backend: run, try, train, import and evaluate.",
        subcommands = {
                CommandLine.HelpCommand.class,
                TrainCommand.class,
                EvalCommand.class,
                BenchCommand.class,
        })
public final class XiaobuCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        int code = new CommandLine(new XiaobuCli()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        System.exit(code);
    }
}
