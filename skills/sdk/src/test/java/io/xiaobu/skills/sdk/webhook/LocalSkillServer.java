package io.xiaobu.skills.sdk.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A remote skill on 127.0.0.1 for tests: verifies signatures like a real receiver would. */
final class LocalSkillServer implements AutoCloseable {

    static final String SECRET = "test-secret-0123456789";
    final HttpServer server;
    final ExecutorService pool = Executors.newCachedThreadPool();
    final List<String> bodies = new CopyOnWriteArrayList<>();
    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger flaky = new AtomicInteger();
    private final SignatureVerifier verifier = new SignatureVerifier(SECRET);

    LocalSkillServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(pool);
        server.createContext("/ok", ex -> {
            String body = read(ex);
            var v = verifier.verify(ex.getRequestHeaders().getFirst(WebhookSigner.TIMESTAMP_HEADER),
                    ex.getRequestHeaders().getFirst(WebhookSigner.SIGNATURE_HEADER), body);
            if (!v.valid()) {
                reply(ex, 401, "{\"error\":\"" + v.reason() + "\"}");
                return;
            }
            reply(ex, 200, """
                    {"tts":"白羊座今天运势不错。","text":"白羊座：★★★★","directives":[{"type":"card.show","payload":{"sign":"aries"}}],
                     "session":{"lastSign":"aries"},"endSession":true}""");
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
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(code, b.length);
        ex.getResponseBody().write(b);
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
