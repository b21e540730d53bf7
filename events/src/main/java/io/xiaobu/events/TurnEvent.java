package io.xiaobu.events;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One recorded turn, schema {@value #SCHEMA}: what the device sent, what was understood, every candidate
 * answer with its scores, the chosen reply, per-stage latency, the outcome and the model versions.
 *
 * <p>Plain data: the dialog pipeline maps its own types into these records (see {@link TurnEventBuilder}).
 * Lists and maps are never {@code null} (absent means empty); optional scalars are {@code null} when unknown.
 * The JSON form is documented in {@code docs/events.md} and {@code schema/turn-event-v1.schema.json}.
 */
public record TurnEvent(
        String schema,
        UUID eventId,
        String requestId,
        String userId,
        String deviceId,
        String sessionId,
        Instant receivedAt,
        String timezone,
        Device device,
        Asr asr,
        String normalizedText,
        Outcome outcome,
        String skill,
        String intent,
        double confidence,
        List<Slot> slots,
        List<Hypothesis> hypotheses,
        List<Candidate> candidates,
        Reply reply,
        List<Directive> directives,
        List<Stage> stages,
        long totalMicros,
        Map<String, String> models,
        String error) {

    /** The schema id of this record's layout; bumped only for incompatible changes (see docs/events.md). */
    public static final String SCHEMA = "xiaobu.turn/1";

    public TurnEvent {
        schema = schema == null ? SCHEMA : schema;
        eventId = eventId == null ? UUID.randomUUID() : eventId;
        slots = copy(slots);
        hypotheses = copy(hypotheses);
        candidates = copy(candidates);
        directives = copy(directives);
        stages = copy(stages);
        models = copy(models);
    }

    public static TurnEventBuilder builder() {
        return new TurnEventBuilder();
    }

    /** How the turn ended. */
    public enum Outcome {
        @JsonProperty("answered") ANSWERED,
        @JsonProperty("rejected") REJECTED,
        @JsonProperty("clarify") CLARIFY,
        @JsonProperty("unsupported") UNSUPPORTED
    }

    /** The device as it described itself: {@code phone|watch|tv|car|speaker}, its locale and capabilities. */
    public record Device(String type, String locale, List<String> capabilities) {
        public Device {
            capabilities = copy(capabilities);
        }
    }

    /** What the recogniser heard and its signals; optional numbers are {@code null} when the device did not send them. */
    public record Asr(String text, Double confidence, List<NBest> nbest, Integer audioMs, Double snrDb,
                      String endpointReason) {
        public Asr {
            nbest = copy(nbest);
        }
    }

    /** One alternative transcription from the recogniser. */
    public record NBest(String text, double score) {}

    /** A slot of the chosen understanding; offsets index the original ASR text, {@code [start, end)}. */
    public record Slot(String name, String value, String normalized, int start, int end, String entityId) {}

    /** One understanding hypothesis from one source (rules, model, graph …) before ranking. */
    public record Hypothesis(String domain, String intent, double confidence, String source, String explanation) {}

    /** One candidate answer the ranker saw, with the features it scored and why it won or lost. */
    public record Candidate(String source, String skill, String intent, double score, Map<String, Double> features,
                            String explanation, boolean chosen) {
        public Candidate {
            features = copy(features);
        }
    }

    /** What the assistant says: display text and the text to speak (both Chinese for users). */
    public record Reply(String text, String tts) {}

    /** An instruction for the device (open an app, set an alarm …) with a free-form JSON payload. */
    public record Directive(String type, Map<String, Object> payload) {
        public Directive {
            payload = payload == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(payload));
        }
    }

    /** One pipeline stage: its name, how long it took and, when it did nothing real, why. */
    public record Stage(String name, long micros, String note) {}

    /** An immutable copy without {@code null} elements; {@code null} becomes empty. */
    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    /** An immutable copy without {@code null} keys or values; {@code null} becomes empty. */
    private static <V> Map<String, V> copy(Map<String, V> map) {
        if (map == null) return Map.of();
        Map<String, V> out = new TreeMap<>();
        map.forEach((k, v) -> { if (k != null && v != null) out.put(k, v); });
        return Collections.unmodifiableMap(out);
    }
}
