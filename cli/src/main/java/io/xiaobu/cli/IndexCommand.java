package io.xiaobu.cli;

import picocli.CommandLine.Command;

/** {@code xiaobu index …}: offline index builds. */
@Command(name = "index", description = "Build offline indexes.", mixinStandardHelpOptions = true,
        subcommands = {IndexChatCommand.class})
public final class IndexCommand {
}
