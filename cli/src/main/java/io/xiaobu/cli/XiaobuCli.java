package io.xiaobu.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.nio.file.NoSuchFileException;

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
                ShellCommand.class,
                BenchCommand.class,
                NormalizeCommand.class,
                RulesCommand.class,
                ImportCommand.class,
                EvalCommand.class,
                SkillCommand.class,
                IndexCommand.class,
                TrainCommand.class,
        })
public final class XiaobuCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** A file named on the command line that is not there is the user's mistake: one line, not a stack trace. */
    static int missingFile(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) throws Exception {
        if (!(e instanceof NoSuchFileException missing)) throw e;
        cmd.getErr().println("xiaobu " + cmd.getCommandName() + ": no such file: " + missing.getFile());
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line as {@link #main} runs it. */
    static CommandLine commandLine() {
        return new CommandLine(new XiaobuCli()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(XiaobuCli::missingFile);
    }
}
