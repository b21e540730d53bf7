package io.xiaobu.skills.sdk;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One turn as a handler sees it.
 *
 * @param requestId          unique id of the turn (also seeds reply variation)
 * @param skillId            the skill the turn was routed to
 * @param intent             intent name, or {@code null} for a bare answer to a question the skill asked
 * @param utterance          what the user said (normalised text), for free-text slots and yes/no answers
 * @param slots              normalised and linked slot values
 * @param session            session attributes the skill stored in earlier turns
 * @param userId             stable user id
 * @param device             device type, capabilities, contacts and state
 * @param locale             e.g. {@code zh-CN}
 * @param now                the reference time of the turn, in the user's zone
 * @param confirmed          whether the user just confirmed this intent ("是的")
 */
public record SkillRequest(String requestId, String skillId, String intent, String utterance, List<SlotValue> slots,
                           Map<String, Object> session, String userId, Device device, String locale,
                           ZonedDateTime now, boolean confirmed) {

    public SkillRequest {
        requestId = requestId == null ? java.util.UUID.randomUUID().toString() : requestId;
        utterance = utterance == null ? "" : utterance;
        slots = slots == null ? List.of() : List.copyOf(slots);
        session = session == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(session));
        userId = userId == null ? "anonymous" : userId;
        device = device == null ? Device.of("phone") : device;
        locale = locale == null ? "zh-CN" : locale;
        now = now == null ? ZonedDateTime.now(ZoneId.of("Asia/Shanghai")) : now;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<SlotValue> slot(String name) {
        return slots.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The normalised value of a slot, or {@code null}. */
    public String value(String name) {
        return slot(name).map(SlotValue::normalized).orElse(null);
    }

    public boolean has(String name) {
        return slot(name).filter(s -> !s.normalized().isBlank()).isPresent();
    }

    public ZoneId zone() {
        return now.getZone();
    }

    public SkillRequest withIntent(String newIntent, List<SlotValue> newSlots, boolean isConfirmed) {
        return new SkillRequest(requestId, skillId, newIntent, utterance, newSlots, session, userId, device, locale, now, isConfirmed);
    }

    public SkillRequest withSession(Map<String, Object> attributes) {
        return new SkillRequest(requestId, skillId, intent, utterance, slots, attributes, userId, device, locale, now, confirmed);
    }

    /** Fluent construction; unset fields get safe defaults. */
    public static final class Builder {
        private String requestId, skillId, intent, utterance, userId, locale;
        private final List<SlotValue> slots = new java.util.ArrayList<>();
        private Map<String, Object> session = Map.of();
        private Device device;
        private ZonedDateTime now;
        private boolean confirmed;

        public Builder requestId(String v) { requestId = v; return this; }
        public Builder skill(String v) { skillId = v; return this; }
        public Builder intent(String v) { intent = v; return this; }
        public Builder utterance(String v) { utterance = v; return this; }
        public Builder slot(String name, String value) { slots.add(SlotValue.of(name, value)); return this; }
        public Builder slot(SlotValue v) { slots.add(v); return this; }
        public Builder slots(List<SlotValue> v) { slots.addAll(v); return this; }
        public Builder session(Map<String, Object> v) { session = v; return this; }
        public Builder user(String v) { userId = v; return this; }
        public Builder device(Device v) { device = v; return this; }
        public Builder locale(String v) { locale = v; return this; }
        public Builder now(ZonedDateTime v) { now = v; return this; }
        public Builder confirmed(boolean v) { confirmed = v; return this; }

        public SkillRequest build() {
            return new SkillRequest(requestId, skillId, intent, utterance, slots, session, userId, device, locale, now, confirmed);
        }
    }
}
