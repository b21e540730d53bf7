package io.xiaobu.skills.sdk.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.xiaobu.skills.sdk.Directive;
import io.xiaobu.skills.sdk.Outcome;
import io.xiaobu.skills.sdk.SkillRequest;
import io.xiaobu.skills.sdk.SkillResponse;
import io.xiaobu.skills.sdk.SlotValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The webhook JSON protocol, version 1 (docs/skills/webhook-protocol.md): requests out, responses
 * in. The device's address book is never sent to a remote skill.
 */
public final class WebhookCodec {

    public static final String PROTOCOL_VERSION = "1";
    private final ObjectMapper json = new ObjectMapper();
    private final ObjectWriter writer = json.writer();

    public String encode(SkillRequest r) {
        return new String(encodeBytes(r), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The request as UTF-8 JSON bytes, ready to sign and send. */
    public byte[] encodeBytes(SkillRequest r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", PROTOCOL_VERSION);
        m.put("requestId", r.requestId());
        m.put("skillId", r.skillId());
        m.put("intent", r.intent());
        m.put("utterance", r.utterance());
        m.put("confirmed", r.confirmed());
        List<Map<String, Object>> slots = new ArrayList<>();
        for (SlotValue s : r.slots()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("name", s.name());
            sm.put("raw", s.raw());
            sm.put("normalized", s.normalized());
            sm.put("entityId", s.entityId());
            slots.add(sm);
        }
        m.put("slots", slots);
        Map<String, Object> session = new LinkedHashMap<>(r.session());
        session.keySet().removeIf(k -> k.startsWith("_"));
        m.put("session", session);
        m.put("user", Map.of("id", r.userId()));
        m.put("device", Map.of("type", r.device().type(), "capabilities", r.device().capabilities().stream().sorted().toList()));
        m.put("locale", r.locale());
        m.put("time", r.now().toOffsetDateTime().toString());
        m.put("zone", r.zone().getId());
        try {
            return writer.writeValueAsBytes(m);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("request not serialisable: " + e.getMessage(), e);
        }
    }

    /** Reads a skill's answer; throws {@link IllegalArgumentException} with the reason when it is malformed. */
    public SkillResponse decode(String body) {
        try {
            return fromTree(json.readTree(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("response is not JSON");
        }
    }

    /** As {@link #decode(String)} on the raw UTF-8 response body. */
    public SkillResponse decode(byte[] body) {
        try {
            return fromTree(json.readTree(body));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("response is not JSON");
        }
    }

    private SkillResponse fromTree(JsonNode n) {
        if (n == null || !n.isObject()) throw new IllegalArgumentException("response is not a JSON object");
        SkillResponse.Builder b = SkillResponse.builder();
        if (n.hasNonNull("text")) b.text(n.get("text").asText());
        if (n.hasNonNull("tts")) b.tts(n.get("tts").asText());
        if (n.hasNonNull("brief")) b.brief(n.get("brief").asText());
        for (JsonNode d : n.path("directives")) {
            if (!d.hasNonNull("type") || d.get("type").asText().isBlank()) throw new IllegalArgumentException("directive without type");
            Map<String, Object> payload = d.path("payload").isObject() ? json.convertValue(d.get("payload"), Map.class) : Map.of();
            b.directive(new Directive(d.get("type").asText(), payload));
        }
        JsonNode ask = n.path("askFor");
        if (ask.hasNonNull("slot")) b.askFor(ask.get("slot").asText(), ask.hasNonNull("prompt") ? ask.get("prompt").asText() : n.path("tts").asText(""));
        if (n.path("confirm").asBoolean(false)) b.confirm(n.hasNonNull("tts") ? n.get("tts").asText() : n.path("text").asText(""));
        if (n.has("endSession") && ask.isMissingNode() && !n.path("confirm").asBoolean(false)) b.endSession(n.get("endSession").asBoolean(true));
        if (n.path("session").isObject()) {
            Map<?, ?> s = json.convertValue(n.get("session"), Map.class);
            s.forEach((k, v) -> { if (k instanceof String key && !key.startsWith("_")) b.session(key, v); });
        }
        SkillResponse r = b.build();
        if ((r.tts() == null || r.tts().isBlank()) && (r.text() == null || r.text().isBlank()) && r.directives().isEmpty()) {
            throw new IllegalArgumentException("response has neither words nor directives");
        }
        if (r.tts() == null) r = r.toBuilder().tts(r.text()).build();
        return r.outcome() == null ? r.toBuilder().outcome(Outcome.DONE).build() : r;
    }
}
