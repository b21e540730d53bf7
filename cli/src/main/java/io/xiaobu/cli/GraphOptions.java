package io.xiaobu.cli;

import io.xiaobu.kg.server.GraphServerProcess;
import io.xiaobu.kg.server.ServerLocations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import picocli.CommandLine.Option;

/**
 * Options shared by the knowledge-graph commands: an external Neo4j ({@code --uri}) or the embedded default
 * (a Neo4j server in its own JVM, started from the deploy module's jars and stopped afterwards).
 */
public final class GraphOptions {

    @Option(names = "--uri", description = "bolt:// or neo4j:// URI of a running Neo4j (default: start the embedded server)")
    String uri;

    @Option(names = "--user", description = "Neo4j user (with --uri)")
    String user;

    @Option(names = "--password", description = "Neo4j password (with --uri)")
    String password;

    @Option(names = "--neo4j-lib", description = "jars of the embedded server (default: ${DEFAULT-VALUE})")
    Path lib = ServerLocations.libDir();

    @Option(names = "--neo4j-dir", description = "database directory of the embedded server (default: ${DEFAULT-VALUE})")
    Path databaseDir = ServerLocations.databaseDir();

    /** An open connection, and the server process when this command started one. */
    public record Connection(Driver driver, String uri, GraphServerProcess server) implements AutoCloseable {
        @Override
        public void close() {
            driver.close();
            if (server != null) server.close();
        }
    }

    public Connection open() throws IOException {
        GraphServerProcess server = null;
        String target = uri;
        if (target == null || target.isBlank()) {
            if (!Files.isDirectory(lib)) {
                throw new IOException("the embedded Neo4j needs its jars in " + lib
                        + ": build them with ./mvnw -B -q package -DskipTests -pl deploy, or pass --uri");
            }
            server = GraphServerProcess.start(GraphServerProcess.Options.fromLibDir(lib, databaseDir), System.out::println);
            target = server.boltUri();
        }
        Config config = Config.builder().withConnectionTimeout(10, TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(30, TimeUnit.SECONDS).build();
        Driver driver = user == null || user.isBlank()
                ? GraphDatabase.driver(target, AuthTokens.none(), config)
                : GraphDatabase.driver(target, AuthTokens.basic(user, password == null ? "" : password), config);
        driver.verifyConnectivity();
        return new Connection(driver, target, server);
    }
}
