package io.xiaobu.dialog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.xiaobu.dialog.api.FieldError;
import io.xiaobu.dialog.api.InvalidRequestException;
import io.xiaobu.dialog.api.TurnRequest;
import io.xiaobu.dialog.api.TurnRequestValidator;
import io.xiaobu.dialog.api.TurnResponse;
import io.xiaobu.dialog.pipeline.TurnPipeline;

import java.time.Duration;
import java.util.List;

/**
 * The entry point for a device turn: validates the request, answers a retried {@code requestId}
 * with the response it already got (devices retry on flaky networks), and runs the pipeline.
 */
public final class TurnService {

    private final TurnRequestValidator validator;
    private final TurnPipeline pipeline;
    private final Cache<String, TurnResponse> recent;

    /** @param retryWindow how long a response is kept for a retried request id */
    public TurnService(TurnRequestValidator validator, TurnPipeline pipeline, Duration retryWindow, long maxRemembered) {
        this.validator = validator;
        this.pipeline = pipeline;
        this.recent = Caffeine.newBuilder().expireAfterWrite(retryWindow).maximumSize(maxRemembered).build();
    }

    /**
     * Handles one turn.
     *
     * @param debug include the trace (stages, latencies, candidates, the ranker's reason)
     * @throws InvalidRequestException when the request has client mistakes; nothing is run then
     */
    public TurnResponse handle(TurnRequest request, boolean debug) {
        List<FieldError> errors = validator.validate(request);
        if (!errors.isEmpty()) throw new InvalidRequestException(errors);
        // Concurrent duplicates wait for the first; a failed turn is not remembered.
        TurnResponse response = recent.get(request.userId() + '\u0000' + request.requestId(), k -> pipeline.handle(request));
        return debug ? response : response.withoutTrace();
    }
}
