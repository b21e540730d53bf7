package io.xiaobu.kg.server;

import io.xiaobu.kg.GraphConfig;
import io.xiaobu.kg.KnowledgeGraph;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * The embedded default in one object: a Neo4j server in its own JVM plus the knowledge graph connected to
 * it (schema, starter graph and alias index ready). Closing it closes both. For {@code xiaobu serve}:
 * {@code EmbeddedGraph.start(Options.fromLibDir(ServerLocations.libDir(), ServerLocations.databaseDir()), log)}.
 */
public record EmbeddedGraph(GraphServerProcess server, KnowledgeGraph graph) implements AutoCloseable {

    /** Starts the server, connects, and waits until the alias index is built from the graph. */
    public static EmbeddedGraph start(GraphServerProcess.Options options, Consumer<String> progress) throws IOException {
        GraphServerProcess server = GraphServerProcess.start(options, progress);
        KnowledgeGraph graph = null;
        try {
            graph = KnowledgeGraph.connect(GraphConfig.local(server.boltUri()));
            progress.accept("Knowledge graph: waiting for schema, starter graph and alias index …");
            if (!graph.awaitReady(options.startTimeout())) {
                throw new IOException("knowledge graph not ready: " + graph.healthDetail());
            }
            progress.accept("Knowledge graph ready: " + graph.healthDetail());
            return new EmbeddedGraph(server, graph);
        } catch (IOException | RuntimeException e) {
            if (graph != null) graph.close();
            server.close();
            throw e;
        }
    }

    /** Convenience: the default locations ({@link ServerLocations}). */
    public static EmbeddedGraph startDefault(Consumer<String> progress) throws IOException {
        return start(GraphServerProcess.Options.fromLibDir(ServerLocations.libDir(), ServerLocations.databaseDir()), progress);
    }

    @Override
    public void close() {
        graph.close();
        server.close();
    }
}
