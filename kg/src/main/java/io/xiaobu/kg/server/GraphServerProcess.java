package io.xiaobu.kg.server;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Starts {@code io.xiaobu.deploy.Neo4jServerMain} as a child {@code java} process (same java binary as
 * this JVM), waits for its {@code READY bolt://…} line, and stops it on {@link #close()} or when this
 * JVM exits. The child's log goes to {@code <dataDir>/neo4j-server.log}.
 *
 * <p>The child also stops by itself when our end of its stdin closes, so it never outlives us.
 */
public final class GraphServerProcess implements AutoCloseable {

    /** Main class of the server JVM (in the deploy module; referenced by name: the GPL server is not on our classpath). */
    public static final String MAIN_CLASS = "io.xiaobu.deploy.Neo4jServerMain";

    /**
     * How to start the server.
     *
     * @param classpath    entries of the child classpath, e.g. {@code deploy/target/lib/*} and the deploy jar
     * @param dataDir      the database directory (created if missing)
     * @param port         Bolt port on 127.0.0.1, 0 for a free one
     * @param password     password of user {@code neo4j}, or null/empty for no authentication
     * @param heap         child {@code -Xmx}, e.g. {@code 768m}
     * @param pageCache    page cache size, e.g. {@code 256m}
     * @param startTimeout how long to wait for READY
     */
    public record Options(List<String> classpath, Path dataDir, int port, String password, String heap,
                          String pageCache, Duration startTimeout) {

        public Options {
            classpath = List.copyOf(classpath);
        }

        /** Classpath from a lib directory of jars ({@code deploy/target/lib}) plus the deploy jar(s) beside it. */
        public static Options fromLibDir(Path libDir, Path dataDir) {
            List<String> cp = new ArrayList<>();
            cp.add(libDir.toAbsolutePath() + File.separator + "*");
            Path target = libDir.toAbsolutePath().getParent();
            if (target != null) {
                try (var files = Files.list(target)) {
                    files.filter(p -> p.getFileName().toString().matches("xiaobu-deploy.*\\.jar"))
                            .forEach(p -> cp.add(p.toString()));
                } catch (IOException e) {
                    // no jar beside the lib dir: the lib dir alone may hold it
                }
            }
            return new Options(cp, dataDir, 0, null, "768m", "256m", Duration.ofSeconds(90));
        }

        public Options withPassword(String pw) {
            return new Options(classpath, dataDir, port, pw, heap, pageCache, startTimeout);
        }

        public Options withPort(int p) {
            return new Options(classpath, dataDir, p, password, heap, pageCache, startTimeout);
        }
    }

    private final Process process;
    private final String boltUri;
    private final Thread shutdownHook;
    private final PrintWriter stdin;

    private GraphServerProcess(Process process, String boltUri, PrintWriter stdin) {
        this.process = process;
        this.boltUri = boltUri;
        this.stdin = stdin;
        this.shutdownHook = new Thread(this::stop, "neo4j-child-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts the server and blocks until it is ready.
     *
     * @param progress receives one line every few seconds while waiting (e.g. {@code System.out::println})
     * @throws IOException when the process cannot start, exits early, or is not ready in time
     */
    public static GraphServerProcess start(Options options, Consumer<String> progress) throws IOException {
        Files.createDirectories(options.dataDir());
        Path log = options.dataDir().resolve("neo4j-server.log");
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBinary());
        cmd.add("-Xmx" + options.heap());
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-cp");
        cmd.add(String.join(File.pathSeparator, options.classpath()));
        cmd.add(MAIN_CLASS);
        cmd.add("--data");
        cmd.add(options.dataDir().toAbsolutePath().toString());
        cmd.add("--port");
        cmd.add(Integer.toString(options.port()));
        cmd.add("--pagecache");
        cmd.add(options.pageCache());
        if (options.password() != null && !options.password().isEmpty()) {
            cmd.add("--password");
            cmd.add(options.password());
        }
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .start();
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> pump(p, log, ready), "neo4j-child-output");
        reader.setDaemon(true);
        reader.start();

        long started = System.nanoTime();
        long deadline = started + options.startTimeout().toNanos();
        progress.accept("Starting Neo4j (own JVM, data " + options.dataDir() + ") …");
        while (true) {
            try {
                String uri = ready.get(2, TimeUnit.SECONDS);
                progress.accept("Neo4j ready at " + uri + " after " + (System.nanoTime() - started) / 1_000_000 + " ms");
                return new GraphServerProcess(p, uri, new PrintWriter(p.getOutputStream(), true, StandardCharsets.UTF_8));
            } catch (TimeoutException e) {
                if (!p.isAlive()) throw new IOException("Neo4j server exited with code " + p.exitValue() + "; see " + log);
                if (System.nanoTime() > deadline) {
                    p.destroyForcibly();
                    throw new IOException("Neo4j server not ready within " + options.startTimeout() + "; see " + log);
                }
                progress.accept("  … waiting for Neo4j (" + (System.nanoTime() - started) / 1_000_000_000 + " s)");
            } catch (java.util.concurrent.ExecutionException e) {
                p.destroyForcibly();
                throw new IOException("Neo4j server failed: " + e.getCause().getMessage() + "; see " + log, e.getCause());
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while starting Neo4j", e);
            }
        }
    }

    private static void pump(Process p, Path log, CompletableFuture<String> ready) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
             var out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!ready.isDone() && line.startsWith("READY ")) ready.complete(line.substring(6).trim());
                out.write(line);
                out.newLine();
                out.flush();
            }
            if (!ready.isDone()) ready.completeExceptionally(new IOException("exited before READY"));
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The Bolt URI, e.g. {@code bolt://127.0.0.1:7687}. */
    public String boltUri() {
        return boltUri;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** Stops the server: closes its stdin (clean shutdown), then SIGTERM, then kill after a grace period. */
    private void stop() {
        if (!process.isAlive()) return;
        stdin.close();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs stop() itself
        }
    }
}
