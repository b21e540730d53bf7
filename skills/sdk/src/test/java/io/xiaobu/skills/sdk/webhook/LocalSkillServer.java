package io.xiaobu.skills.sdk.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A remote skill on 127.0.0.1 for tests: verifies signatures like a real receiver would. The default
 * server hands each exchange to a cached pool (a hanging handler must not block the others); the
 * {@linkplain #thin() thin} one, for the loopback benchmark, runs handlers on the server's own
 * dispatcher thread, keeps no request log and times its own handler so its cost can be told apart.
 */
final class LocalSkillServer implements AutoCloseable {

    static final String SECRET = "test-secret-0123456789";
    private static final byte[] OK_ANSWER = """
            {"tts":"白羊座今天运势不错。","text":"白羊座：★★★★","directives":[{"type":"card.show","payload":{"sign":"aries"}}],
             "session":{"lastSign":"aries"},"endSession":true}""".getBytes(StandardCharsets.UTF_8);
    final HttpServer server;
    final ExecutorService pool;
    final List<String> bodies = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger flaky = new AtomicInteger();
    /** Nanoseconds the /ok handler itself took, per call (filled only by the thin server). */
    final long[] okHandlerNanos = new long[1 << 16];
    private final boolean thin;
    private final SignatureVerifier verifier = new SignatureVerifier(SECRET);

    LocalSkillServer() throws IOException {
        this(false);
    }

    static LocalSkillServer thin() throws IOException {
        return new LocalSkillServer(true);
    }

    private LocalSkillServer(boolean thin) throws IOException {
        this.thin = thin;
        this.pool = thin ? null : Executors.newCachedThreadPool();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(pool); // null: run on the dispatcher thread
        server.createContext("/ok", ex -> {
            long start = System.nanoTime();
            int call = calls.getAndIncrement();
            byte[] body = ex.getRequestBody().readAllBytes();
            if (!thin) bodies.add(new String(body, StandardCharsets.UTF_8));
            var v = verifier.verify(ex.getRequestHeaders().getFirst(WebhookSigner.TIMESTAMP_HEADER),
                    ex.getRequestHeaders().getFirst(WebhookSigner.SIGNATURE_HEADER), body);
            if (!v.valid()) {
                reply(ex, 401, ("{\"error\":\"" + v.reason() + "\"}").getBytes(StandardCharsets.UTF_8));
                return;
            }
            reply(ex, 200, OK_ANSWER);
            if (thin) okHandlerNanos[call & (okHandlerNanos.length - 1)] = System.nanoTime() - start;
        });
        server.createContext("/hang", ex -> {
            read(ex);
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reply(ex, 200, "{\"tts\":\"too late\"}");
        });
        server.createContext("/drip", ex -> { // answers at once, then one body byte every 100 ms for 10 s
            read(ex);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, 0);
            try (var out = ex.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write(' ');
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // the client gave up: expected
            }
        });
        server.createContext("/flaky", ex -> {
            read(ex);
            if (flaky.getAndIncrement() == 0) reply(ex, 503, "busy");
            else reply(ex, 200, "{\"tts\":\"第二次成功了。\"}");
        });
        server.createContext("/error", ex -> { read(ex); reply(ex, 500, "boom"); });
        server.createContext("/garbage", ex -> { read(ex); reply(ex, 200, "<html>not json</html>"); });
        server.start();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private String read(HttpExchange ex) throws IOException {
        calls.incrementAndGet();
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        bodies.add(body);
        return body;
    }

    private static void reply(HttpExchange ex, int code, String body) throws IOException {
        reply(ex, code, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void reply(HttpExchange ex, int code, byte[] b) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(code, b.length);
        ex.getResponseBody().write(b);
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
        if (pool != null) pool.shutdownNow();
    }
}
