package io.xiaobu.app;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * Answers an over-long body with a JSON 413 before it is read. (The HTTP layer's own limit,
 * {@code quarkus.http.limits.max-body-size}, still guards chunked bodies without a length.)
 */
@Singleton
public class BodyLimitFilter {

    private final long maxBytes;

    public BodyLimitFilter(@ConfigProperty(name = "quarkus.http.limits.max-body-size") io.quarkus.runtime.configuration.MemorySize max) {
        this.maxBytes = max.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(-1000).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && tooLong(length)) {
                ctx.response().setStatusCode(413).putHeader("Content-Type", "application/json")
                        .putHeader("Connection", "close")
                        .end(Json.encode(new ApiError("body_too_large",
                                "the request body is " + length + " bytes; the limit is " + maxBytes, List.of())));
            } else {
                ctx.next();
            }
        });
    }

    private boolean tooLong(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
