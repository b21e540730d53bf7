package io.xiaobu.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs an embedded Neo4j with Bolt on 127.0.0.1 in its own JVM (Neo4j's Netty 4.2 clashes with the
 * service's, and the server is GPL-3.0: it is never linked into the service).
 *
 * <p>Usage: {@code Neo4jServerMain --data DIR [--port N] [--password P] [--pagecache 256m]}.
 * {@code --port 0} (the default) picks a free port. When Bolt listens it prints exactly one line
 * {@code READY bolt://127.0.0.1:PORT}; it stops cleanly on SIGTERM or when its stdin reaches EOF
 * (the parent process died or closed the pipe).
 */
public final class Neo4jServerMain {

    /** Bolt waits this long for in-flight work at shutdown (the default, ~10 s, makes every stop slow). */
    private static final Duration BOLT_SHUTDOWN_WAIT = Duration.ofMillis(100);

    private Neo4jServerMain() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = Args.parse(args);
        String data = opts.get("data");
        if (data == null) {
            System.err.println("usage: Neo4jServerMain --data DIR [--port N] [--password P] [--pagecache 256m]");
            System.exit(2);
        }
        int port = Integer.parseInt(opts.getOrDefault("port", "0"));
        if (port == 0) port = freePort();
        String password = opts.get("password");
        boolean watchStdin = !"false".equals(opts.getOrDefault("watch-stdin", "true"));

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(Path.of(data).toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, password != null && !password.isEmpty())
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, BOLT_SHUTDOWN_WAIT)
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, BOLT_SHUTDOWN_WAIT);
        if (opts.containsKey("pagecache")) {
            builder.setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(opts.get("pagecache")));
        }
        DatabaseManagementService dbms = builder.build();
        if (password != null && !password.isEmpty()) setPassword(dbms, password);
        // Warm the query path so the first client query does not pay for Cypher compilation.
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");

        CountDownLatch stopped = new CountDownLatch(1);
        Thread stopper = new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown");
        Runtime.getRuntime().addShutdownHook(stopper);
        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();

        if (watchStdin) {
            waitForEof(System.in);
            System.exit(0); // runs the shutdown hook, which stops the database
        } else {
            stopped.await();
        }
    }

    /** Sets the {@code neo4j} user's password on the system database (parameters only). */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    }

    private static void waitForEof(InputStream in) {
        byte[] buf = new byte[256];
        try {
            while (in.read(buf) >= 0) {
                // the parent only ever closes the pipe; anything it writes is ignored
            }
        } catch (IOException e) {
            // a broken pipe means the parent is gone: stop as on EOF
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static long parseBytes(String text) {
        String t = text.trim().toLowerCase();
        long unit = 1;
        char last = t.charAt(t.length() - 1);
        if (last == 'k' || last == 'm' || last == 'g') {
            unit = last == 'k' ? 1L << 10 : last == 'm' ? 1L << 20 : 1L << 30;
            t = t.substring(0, t.length() - 1);
        }
        return Long.parseLong(t) * unit;
    }

    /** {@code --name value} pairs. */
    static final class Args {
        private Args() {}

        static Map<String, String> parse(String[] args) {
            Map<String, String> out = new java.util.HashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--")) continue;
                String name = args[i].substring(2);
                int eq = name.indexOf('=');
                if (eq > 0) {
                    out.put(name.substring(0, eq), name.substring(eq + 1));
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    out.put(name, args[++i]);
                } else {
                    out.put(name, "true");
                }
            }
            return out;
        }
    }
}
