package io.xiaobu.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Accepts either the data root ({@code …/data}) or its {@code chat} folder for chat commands. */
final class ChatDataOption {

    private ChatDataOption() {
    }

    static Path chatDir(Path data) {
        if (data == null) {
            data = io.xiaobu.chat.DataDir.path();
        }
        return Files.isDirectory(data.resolve("chat")) ? data.resolve("chat") : data;
    }
}
