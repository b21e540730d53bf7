package io.xiaobu.cli;

import picocli.CommandLine.Command;

/** {@code xiaobu train …}: model training. */
@Command(name = "train", description = "Train models.", mixinStandardHelpOptions = true,
        subcommands = {TrainChatEncoderCommand.class})
public final class TrainCommand {
}
