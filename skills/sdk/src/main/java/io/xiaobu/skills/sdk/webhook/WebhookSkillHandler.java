package io.xiaobu.skills.sdk.webhook;

import io.xiaobu.skills.sdk.SkillHandler;
import io.xiaobu.skills.sdk.SkillRequest;
import io.xiaobu.skills.sdk.SkillResponse;

import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A skill handler that forwards the turn to a remote HTTPS webhook. Per call:
 * <ol>
 *   <li>refuse at once while the circuit breaker is open;</li>
 *   <li>sign the JSON body (HMAC-SHA256 over timestamp + "." + body);</li>
 *   <li>send, waiting at most what is left of the budget (default 1.5 s, retries included);</li>
 *   <li>retry only when the request provably was not processed: connection refused, HTTP 429 or 503;</li>
 *   <li>any failure becomes a polite reply with the reason kept in {@link SkillResponse#failureReason()}.</li>
 * </ol>
 * Never throws; never blocks the turn beyond the budget.
 */
public final class WebhookSkillHandler implements SkillHandler {

    private static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private final WebhookConfig config;
    private final HttpClient http;
    private final CircuitBreaker breaker;
    private final WebhookCodec codec = new WebhookCodec();
    private final WebhookSigner signer;
    private final Clock clock;

    /** @throws IllegalArgumentException when the URL is refused by {@link UrlPolicy} */
    public WebhookSkillHandler(WebhookConfig config, HttpClient http, Clock clock) {
        Optional<String> problem = UrlPolicy.problem(config.url(), config.allowPrivateNetworks());
        if (problem.isPresent()) throw new IllegalArgumentException("webhook URL refused: " + problem.get());
        this.config = config;
        this.http = http;
        this.clock = clock;
        this.breaker = new CircuitBreaker(config.breakerFailures(), config.breakerCooldown(), clock);
        this.signer = new WebhookSigner(config.secret());
        // load the JSON and HMAC machinery now, not inside the first turn's budget
        signer.sign(0, codec.encodeBytes(SkillRequest.builder().skill("warmup").intent("warmup").build()));
    }

    public WebhookSkillHandler(WebhookConfig config) {
        this(config, HttpClient.newBuilder().connectTimeout(config.budget()).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).executor(Runnable::run).build(), Clock.systemUTC());
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    @Override
    public SkillResponse handle(SkillRequest request) {
        long deadline = System.nanoTime() + config.budget().toNanos() - config.safetyMargin().toNanos();
        if (!breaker.allow()) return polite("circuit open after repeated failures of " + config.url().getHost());
        byte[] body;
        try {
            body = codec.encodeBytes(request);
        } catch (IllegalArgumentException e) {
            return polite(e.getMessage());
        }
        String lastFailure = "no attempt made";
        for (int attempt = 0; attempt <= config.maxRetries(); attempt++) {
            long remainingNanos = deadline - System.nanoTime();
            if (remainingNanos <= Duration.ofMillis(1).toNanos()) break;
            Attempt result = send(body, Duration.ofNanos(remainingNanos));
            if (result.response() != null) {
                breaker.success();
                return result.response();
            }
            lastFailure = result.failure();
            if (!result.retryable()) break;
        }
        breaker.failure();
        return polite(lastFailure);
    }

    private record Attempt(SkillResponse response, String failure, boolean retryable) {
    }

    private Attempt send(byte[] body, Duration remaining) {
        long ts = clock.instant().getEpochSecond();
        HttpRequest req = HttpRequest.newBuilder(config.url()).timeout(remaining)
                .header("Content-Type", CONTENT_TYPE)
                .header(WebhookSigner.TIMESTAMP_HEADER, Long.toString(ts))
                .header(WebhookSigner.SIGNATURE_HEADER, signer.sign(ts, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(req, HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> resp;
        try {
            resp = future.get(remaining.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Attempt(null, "timeout: no answer within the " + config.budget().toMillis() + " ms budget", false);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new Attempt(null, "interrupted", false);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.net.http.HttpTimeoutException) {
                return new Attempt(null, "timeout: no answer within the " + config.budget().toMillis() + " ms budget", false);
            }
            boolean notSent = cause instanceof ConnectException || (cause != null && cause.getCause() instanceof ConnectException);
            return new Attempt(null, (notSent ? "connection failed: " : "transport error: ") + cause, notSent);
        }
        int code = resp.statusCode();
        if (code == 429 || code == 503) return new Attempt(null, "HTTP " + code + " (not processed)", true);
        if (code < 200 || code >= 300) return new Attempt(null, "HTTP " + code, false);
        if (resp.body().length > config.maxResponseBytes()) return new Attempt(null, "response larger than " + config.maxResponseBytes() + " bytes", false);
        try {
            return new Attempt(codec.decode(resp.body()), null, false);
        } catch (IllegalArgumentException e) {
            return new Attempt(null, "bad response: " + e.getMessage(), false);
        }
    }

    private static SkillResponse polite(String reason) {
        return SkillResponse.failure("抱歉，这个技能暂时没有响应，请稍后再试。", "webhook: " + reason);
    }
}
