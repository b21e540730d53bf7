package io.xiaobu.events;

import io.xiaobu.events.TurnEvent.Asr;
import io.xiaobu.events.TurnEvent.Candidate;
import io.xiaobu.events.TurnEvent.Device;
import io.xiaobu.events.TurnEvent.Directive;
import io.xiaobu.events.TurnEvent.Hypothesis;
import io.xiaobu.events.TurnEvent.Outcome;
import io.xiaobu.events.TurnEvent.Reply;
import io.xiaobu.events.TurnEvent.Slot;
import io.xiaobu.events.TurnEvent.Stage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Names each field of a {@link TurnEvent} while the pipeline fills it in; lists are appended to. Not thread-safe. */
public final class TurnEventBuilder {
    private UUID eventId;
    private String requestId, userId, deviceId, sessionId, timezone, normalizedText, skill, intent, error;
    private Instant receivedAt;
    private Device device;
    private Asr asr;
    private Outcome outcome;
    private double confidence;
    private Reply reply;
    private long totalMicros;
    private final List<Slot> slots = new ArrayList<>();
    private final List<Hypothesis> hypotheses = new ArrayList<>();
    private final List<Candidate> candidates = new ArrayList<>();
    private final List<Directive> directives = new ArrayList<>();
    private final List<Stage> stages = new ArrayList<>();
    private final Map<String, String> models = new LinkedHashMap<>();

    TurnEventBuilder() {}

    public TurnEventBuilder eventId(UUID v) { eventId = v; return this; }
    public TurnEventBuilder requestId(String v) { requestId = v; return this; }
    public TurnEventBuilder userId(String v) { userId = v; return this; }
    public TurnEventBuilder deviceId(String v) { deviceId = v; return this; }
    public TurnEventBuilder sessionId(String v) { sessionId = v; return this; }
    public TurnEventBuilder receivedAt(Instant v) { receivedAt = v; return this; }
    public TurnEventBuilder timezone(String v) { timezone = v; return this; }
    public TurnEventBuilder device(Device v) { device = v; return this; }
    public TurnEventBuilder asr(Asr v) { asr = v; return this; }
    public TurnEventBuilder normalizedText(String v) { normalizedText = v; return this; }
    public TurnEventBuilder outcome(Outcome v) { outcome = v; return this; }
    public TurnEventBuilder skill(String v) { skill = v; return this; }
    public TurnEventBuilder intent(String v) { intent = v; return this; }
    public TurnEventBuilder confidence(double v) { confidence = v; return this; }
    public TurnEventBuilder slot(Slot v) { slots.add(v); return this; }
    public TurnEventBuilder hypothesis(Hypothesis v) { hypotheses.add(v); return this; }
    public TurnEventBuilder candidate(Candidate v) { candidates.add(v); return this; }
    public TurnEventBuilder reply(Reply v) { reply = v; return this; }
    public TurnEventBuilder directive(Directive v) { directives.add(v); return this; }
    public TurnEventBuilder stage(String name, long micros, String note) { stages.add(new Stage(name, micros, note)); return this; }
    public TurnEventBuilder totalMicros(long v) { totalMicros = v; return this; }
    public TurnEventBuilder model(String name, String version) { models.put(name, version); return this; }
    public TurnEventBuilder error(String v) { error = v; return this; }

    /** The event; {@code eventId} is random when not set, {@code receivedAt} is now when not set. */
    public TurnEvent build() {
        return new TurnEvent(TurnEvent.SCHEMA, eventId, requestId, userId, deviceId, sessionId,
                receivedAt == null ? Instant.now() : receivedAt, timezone, device, asr, normalizedText, outcome,
                skill, intent, confidence, slots, hypotheses, candidates, reply, directives, stages, totalMicros,
                models, error);
    }
}
