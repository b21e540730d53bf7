package io.xiaobu.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The one JSON form of a {@link TurnEvent}: ISO-8601 instants, lower-case outcomes, {@code null} fields omitted,
 * unknown fields ignored on read (so a v1 reader accepts events from a later additive v1 writer).
 */
public final class TurnEventJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private TurnEventJson() {}

    /** UTF-8 JSON of the event, one line (no line breaks: JSON escapes them inside strings). */
    public static byte[] toBytes(TurnEvent event) {
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot serialise turn event " + event.eventId(), e);
        }
    }

    public static String toJson(TurnEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot serialise turn event " + event.eventId(), e);
        }
    }

    /** The event in this JSON, or empty when it is not a readable turn event (a torn line, another schema family). */
    public static Optional<TurnEvent> parse(byte[] json) {
        try {
            TurnEvent event = MAPPER.readValue(json, TurnEvent.class);
            return event.schema().startsWith("xiaobu.turn/") ? Optional.of(event) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public static Optional<TurnEvent> parse(String json) {
        return json == null ? Optional.empty() : parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The shared, configured mapper (read-only use: do not reconfigure). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
