package io.xiaobu.kg;

import java.time.Duration;

/**
 * How to reach Neo4j and how the knowledge graph behaves around it.
 *
 * @param uri             {@code bolt://} or {@code neo4j://} URI (the embedded server's, or a cluster's)
 * @param user            user name, or null when authentication is off
 * @param password        password, or null
 * @param connectTimeout  driver connection timeout
 * @param queryTimeout    timeout of every read
 * @param healthCacheTime how long a health probe result is reused
 * @param loadStarter     write the project's starter graph at start-up (idempotent)
 */
public record GraphConfig(String uri, String user, String password, Duration connectTimeout, Duration queryTimeout,
                          Duration healthCacheTime, boolean loadStarter) {

    /** A local server without authentication (the embedded default). */
    public static GraphConfig local(String uri) {
        return new GraphConfig(uri, null, null, Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMillis(500), true);
    }

    /** An external server or cluster with credentials. */
    public static GraphConfig cluster(String uri, String user, String password) {
        return new GraphConfig(uri, user, password, Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofMillis(500), true);
    }

    public GraphConfig withLoadStarter(boolean load) {
        return new GraphConfig(uri, user, password, connectTimeout, queryTimeout, healthCacheTime, load);
    }
}
