package io.xiaobu.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Typed configuration of the service ({@code xiaobu.*} in application.properties or the environment). */
@ConfigMapping(prefix = "xiaobu")
public interface XiaobuConfig {

    /** Longest accepted {@code asr.text}, in characters. */
    @WithDefault("256")
    int maxTextChars();

    /** Where the public datasets are (optional; the service runs on its own data without them). */
    @WithDefault("../shared/data")
    String dataDir();

    /** Trained models (committed under {@code models/}). */
    @WithDefault("models")
    String modelsDir();

    /** NLU model folders under {@code modelsDir} to try in order; the first present serves turns. */
    @WithDefault("nlu/product,nlu/smp")
    java.util.List<String> nluModels();

    /** Where the service keeps its own state: graph database, indexes, event log, user data. */
    @WithDefault("var")
    String workDir();

    /** Token required by the admin endpoints (skill registration); absent means registration is disabled. */
    Optional<String> adminToken();

    /** Let registered skills' webhooks point at loopback or private addresses (tests, on-premise only). */
    @WithDefault("false")
    boolean allowPrivateWebhooks();

    Sessions sessions();

    Retry retry();

    Events events();

    Graph graph();

    interface Sessions {
        /** A session untouched this long is forgotten. */
        @WithDefault("5m")
        Duration idleTimeout();

        @WithDefault("200000")
        long maxSessions();

        /** Past turns kept per session. */
        @WithDefault("8")
        int maxHistory();
    }

    interface Retry {
        /** A retried requestId within this window gets the same response. */
        @WithDefault("2m")
        Duration window();

        @WithDefault("100000")
        long maxRemembered();
    }

    interface Events {
        /** Rotated JSONL turn log directory (relative to the work dir unless absolute). */
        /** Kafka bootstrap servers; empty means events go to the local log only. */
        Optional<String> kafkaBootstrap();

        @WithDefault("xiaobu.turns.v1")
        String kafkaTopic();
    }

    interface Graph {
        /** {@code embedded} (start Neo4j in its own JVM on 127.0.0.1), {@code external} (use uri) or {@code off}. */
        @WithDefault("embedded")
        String mode();

        /** Bolt URI of an external Neo4j, e.g. bolt://db:7687 or neo4j://cluster:7687. */
        Optional<String> uri();

        @WithDefault("neo4j")
        String user();

        Optional<String> password();

        /** Directory with the Neo4j server's jars (built by the deploy module). */
        @WithDefault("deploy/target/lib")
        String serverLib();

        /** Database folder of the embedded server: the one {@code ./xiaobu import kg} fills. */
        @WithDefault("data/neo4j")
        String databaseDir();
    }
}
