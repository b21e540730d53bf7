package io.xiaobu.dialog.assembly;

import io.xiaobu.dialog.session.SessionStore;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything the assistant is assembled from, as plain values (the service maps its configuration
 * here; the terminal shell maps its options).
 *
 * @param workDir the assistant's own state: graph database, indexes, event log, user data
 * @param dataDir the public datasets (optional: may not exist)
 * @param modelsDir trained models (the repository's {@code models} folder)
 * @param allowPrivateWebhooks let registered skills' webhooks point at loopback/private addresses
 * @param nluModels the NLU model folders to try, in order, relative to {@code modelsDir} (or absolute):
 *                  the first one present serves turns
 */
public record AssistantSettings(Path workDir, Path dataDir, Path modelsDir, int maxTextChars, SessionStore.Settings sessions,
                                Duration retryWindow, long maxRemembered, Events events, Graph graph,
                                boolean allowPrivateWebhooks, List<String> nluModels) {

    /** The product model, else the SMP-ECDT benchmark model mapped to skills. */
    public static final List<String> DEFAULT_NLU_MODELS = List.of("nlu/product", "nlu/smp");

    public AssistantSettings {
        nluModels = List.copyOf(nluModels);
    }

    /** Settings with the default NLU model choice ({@link #DEFAULT_NLU_MODELS}). */
    public AssistantSettings(Path workDir, Path dataDir, Path modelsDir, int maxTextChars, SessionStore.Settings sessions,
                             Duration retryWindow, long maxRemembered, Events events, Graph graph, boolean allowPrivateWebhooks) {
        this(workDir, dataDir, modelsDir, maxTextChars, sessions, retryWindow, maxRemembered, events, graph, allowPrivateWebhooks,
                DEFAULT_NLU_MODELS);
    }

    /** How sure the pipeline is that a turn answers the question a skill just asked. */
    public double pendingAnswerScore() {
        return 0.92;
    }

    /** @param kafkaBootstrap null to record to the local log only */
    public record Events(String kafkaBootstrap, String kafkaTopic) {
    }

    /**
     * @param mode        {@code embedded} (start Neo4j in its own JVM), {@code external} (use {@code uri}) or {@code off}
     * @param serverLib   directory with the Neo4j server jars (embedded mode)
     * @param databaseDir the embedded server's database, the one {@code xiaobu import kg} fills ({@code null}: a
     *                    private one under the work directory, holding only the starter graph)
     */
    public record Graph(String mode, String uri, String user, String password, Path serverLib, Path databaseDir) {

        /** A graph setting without a database folder of its own (off, external, or a private embedded one). */
        public Graph(String mode, String uri, String user, String password, Path serverLib) {
            this(mode, uri, user, password, serverLib, null);
        }
    }

    /** Defaults for running from the repository root. */
    public static AssistantSettings defaults(Path root) {
        return new AssistantSettings(root.resolve("var"), root.resolve("../shared/data").normalize(), root.resolve("models"), 256,
                SessionStore.Settings.defaults(), Duration.ofMinutes(2), 100_000,
                new Events(null, "xiaobu.turns.v1"),
                new Graph("embedded", null, "neo4j", null, root.resolve("deploy/target/lib"),
                        root.resolve(io.xiaobu.kg.server.ServerLocations.databaseDir())), false);
    }

    public AssistantSettings withGraph(Graph g) {
        return new AssistantSettings(workDir, dataDir, modelsDir, maxTextChars, sessions, retryWindow, maxRemembered, events, g, allowPrivateWebhooks, nluModels);
    }

    public AssistantSettings withModelsDir(Path m) {
        return new AssistantSettings(workDir, dataDir, m, maxTextChars, sessions, retryWindow, maxRemembered, events, graph, allowPrivateWebhooks, nluModels);
    }

    public AssistantSettings withWorkDir(Path w) {
        return new AssistantSettings(w, dataDir, modelsDir, maxTextChars, sessions, retryWindow, maxRemembered, events, graph, allowPrivateWebhooks, nluModels);
    }

    public AssistantSettings withNluModels(List<String> m) {
        return new AssistantSettings(workDir, dataDir, modelsDir, maxTextChars, sessions, retryWindow, maxRemembered, events, graph, allowPrivateWebhooks, m);
    }
}
