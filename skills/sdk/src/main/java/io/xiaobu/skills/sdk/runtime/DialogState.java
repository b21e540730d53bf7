package io.xiaobu.skills.sdk.runtime;

import io.xiaobu.skills.sdk.SlotValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the runtime remembers between turns, kept in session attributes under {@link #KEY} as plain
 * maps and lists (JSON-friendly).
 *
 * @param skill  skill waiting for an answer
 * @param intent intent being completed
 * @param await  {@code slot} or {@code confirm}
 * @param slot   the slot asked for (when awaiting a slot)
 * @param slots  slots collected so far
 * @param tries  how many times the question was asked
 */
public record DialogState(String skill, String intent, String await, String slot, List<SlotValue> slots, int tries) {

    public static final String KEY = "_dialog";
    public static final String LAST = "_last";

    public DialogState {
        slots = List.copyOf(slots);
    }

    public boolean awaitsSlot() {
        return "slot".equals(await);
    }

    public boolean awaitsConfirmation() {
        return "confirm".equals(await);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("skill", skill);
        m.put("intent", intent);
        m.put("await", await);
        if (slot != null) m.put("slot", slot);
        m.put("slots", slotsToList(slots));
        m.put("tries", tries);
        return m;
    }

    /** Reads the state from session attributes; {@code null} when absent or malformed. */
    public static DialogState from(Map<String, Object> session, String key) {
        if (!(session.get(key) instanceof Map<?, ?> m)) return null;
        Object skill = m.get("skill"), intent = m.get("intent");
        if (!(skill instanceof String s) || !(intent instanceof String i)) return null;
        Object await = m.get("await"), slot = m.get("slot"), tries = m.get("tries");
        return new DialogState(s, i, await instanceof String a ? a : "", slot instanceof String sl ? sl : null,
                slotsFromList(m.get("slots")), tries instanceof Number n ? n.intValue() : 0);
    }

    static List<Map<String, Object>> slotsToList(List<SlotValue> slots) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SlotValue v : slots) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", v.name());
            m.put("raw", v.raw());
            m.put("normalized", v.normalized());
            if (v.entityId() != null) m.put("entityId", v.entityId());
            out.add(m);
        }
        return out;
    }

    static List<SlotValue> slotsFromList(Object o) {
        List<SlotValue> out = new ArrayList<>();
        if (!(o instanceof List<?> list)) return out;
        for (Object item : list) {
            if (item instanceof Map<?, ?> m && m.get("name") instanceof String n && !n.isBlank()) {
                out.add(new SlotValue(n, str(m.get("raw")), str(m.get("normalized")), str(m.get("entityId"))));
            }
        }
        return out;
    }

    private static String str(Object o) {
        return o instanceof String s ? s : null;
    }
}
