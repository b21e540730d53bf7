package io.xiaobu.kg.server;

import java.nio.file.Path;

/**
 * Where the embedded default keeps things, each overridable by a system property or environment variable:
 * the server's jars ({@code xiaobu.neo4j.lib} / {@code XIAOBU_NEO4J_LIB}, default {@code deploy/target/lib})
 * and the database directory ({@code xiaobu.neo4j.dir} / {@code XIAOBU_NEO4J_DIR}, default {@code data/neo4j}).
 */
public final class ServerLocations {

    private ServerLocations() {}

    public static Path libDir() {
        return Path.of(setting("xiaobu.neo4j.lib", "XIAOBU_NEO4J_LIB", "deploy/target/lib"));
    }

    public static Path databaseDir() {
        return Path.of(setting("xiaobu.neo4j.dir", "XIAOBU_NEO4J_DIR", "data/neo4j"));
    }

    /** The data directory of the public data sets ({@code xiaobu.data.dir} / {@code XIAOBU_DATA_DIR} / {@code ../shared/data}). */
    public static Path publicDataDir() {
        return Path.of(setting("xiaobu.data.dir", "XIAOBU_DATA_DIR", "../shared/data"));
    }

    private static String setting(String property, String env, String fallback) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) v = System.getenv(env);
        return v == null || v.isBlank() ? fallback : v;
    }
}
