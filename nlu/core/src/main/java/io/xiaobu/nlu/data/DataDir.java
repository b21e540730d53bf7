package io.xiaobu.nlu.data;

import java.nio.file.Path;

/** Where the shared public data lives: {@code -Dxiaobu.data.dir}, env {@code XIAOBU_DATA_DIR}, else {@code ../shared/data}. */
public final class DataDir {

    private DataDir() {
    }

    public static Path resolve() {
        String p = System.getProperty("xiaobu.data.dir");
        if (p == null || p.isBlank()) p = System.getenv("XIAOBU_DATA_DIR");
        if (p == null || p.isBlank()) p = "../shared/data";
        return Path.of(p);
    }
}
