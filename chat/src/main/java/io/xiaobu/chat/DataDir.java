package io.xiaobu.chat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the shared public data lives: {@code xiaobu.data.dir}, then {@code XIAOBU_DATA_DIR}, then {@code ../shared/data}. */
public final class DataDir {

    private DataDir() {
    }

    /** The configured data directory, whether or not it exists. */
    public static Path path() {
        String prop = System.getProperty("xiaobu.data.dir");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv("XIAOBU_DATA_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of("..", "shared", "data");
    }

    /** The data sub-directory if it exists, e.g. {@code find("safety")}. */
    public static Optional<Path> find(String child) {
        Path p = path().resolve(child);
        return Files.isDirectory(p) || Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
}
