package io.xiaobu.skills.sdk.runtime;

import io.xiaobu.skills.sdk.Phrases;
import io.xiaobu.skills.sdk.RequestInterceptor;
import io.xiaobu.skills.sdk.ResponseInterceptor;
import io.xiaobu.skills.sdk.Skill;
import io.xiaobu.skills.sdk.SkillRequest;
import io.xiaobu.skills.sdk.SkillResponse;
import io.xiaobu.skills.sdk.SlotValue;
import io.xiaobu.skills.sdk.model.CustomType;
import io.xiaobu.skills.sdk.model.IntentModel;
import io.xiaobu.skills.sdk.model.SlotModel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Dispatches turns to skills and does the generic dialogue work around their handlers. Per turn:
 * <ol>
 *   <li>find the skill and check it supports the device type;</li>
 *   <li>run request interceptors;</li>
 *   <li>continue a pending question (a slot answer, or yes/no to a confirmation), or continue the
 *       skill's last intent when the turn has slots but no intent (follow-ups like "再加一个八点的");</li>
 *   <li>map custom-type synonyms to canonical values;</li>
 *   <li>ask for the first missing required slot;</li>
 *   <li>ask for confirmation when the intent declares one;</li>
 *   <li>call the handler (an exception becomes a polite failure with its reason);</li>
 *   <li>remember what the handler asks next, run response interceptors, fit the reply to the device.</li>
 * </ol>
 * Dialogue state lives in the session attributes of the returned response; the caller stores them
 * and passes them back with the next turn. Thread-safe.
 */
public final class SkillRuntime {

    private final Map<String, Skill> skills = new ConcurrentHashMap<>();
    private final List<RequestInterceptor> requestInterceptors = new CopyOnWriteArrayList<>();
    private final List<ResponseInterceptor> responseInterceptors = new CopyOnWriteArrayList<>();
    private final RuntimeConfig config;
    private final DeviceAdapter deviceAdapter = new DeviceAdapter();

    public SkillRuntime(RuntimeConfig config) {
        this.config = config;
    }

    public SkillRuntime() {
        this(RuntimeConfig.defaults());
    }

    /** Adds or replaces a skill (by id). */
    public SkillRuntime register(Skill skill) {
        skills.put(skill.id(), skill);
        return this;
    }

    public boolean unregister(String skillId) {
        return skills.remove(skillId) != null;
    }

    public Optional<Skill> skill(String id) {
        return Optional.ofNullable(id == null ? null : skills.get(id));
    }

    public Collection<Skill> skills() {
        return List.copyOf(skills.values());
    }

    public SkillRuntime addRequestInterceptor(RequestInterceptor i) {
        requestInterceptors.add(i);
        return this;
    }

    public SkillRuntime addResponseInterceptor(ResponseInterceptor i) {
        responseInterceptors.add(i);
        return this;
    }

    /** The question a skill is waiting on in this session, so the pipeline can route a bare answer to it. */
    public Optional<DialogState> pending(Map<String, Object> session) {
        return Optional.ofNullable(session == null ? null : DialogState.from(session, DialogState.KEY));
    }

    /** The skill and intent of the last request done in this session (served or not), for routing follow-ups ("再加一个八点的"). */
    public Optional<DialogState> last(Map<String, Object> session) {
        return Optional.ofNullable(session == null ? null : DialogState.from(session, DialogState.LAST));
    }

    /** Handles one turn; never throws. */
    public SkillResponse handle(SkillRequest original) {
        SkillRequest request = original;
        if (request == null) return SkillResponse.failure("抱歉，我没听清。", "null request");
        Skill skill = skills.get(request.skillId());
        if (skill == null) {
            return finish(request, SkillResponse.failure("抱歉，这个技能还没有安装。", "unknown skill " + request.skillId()), null);
        }
        if (!skill.model().supportsDevice(request.device().type())) {
            return finish(request, SkillResponse.builder().unsupported("这个功能在当前设备上还不能用哦。").build(), null);
        }
        try {
            for (RequestInterceptor i : requestInterceptors) request = i.intercept(request);
        } catch (RuntimeException e) {
            return finish(request, SkillResponse.failure("抱歉，出了点问题，请稍后再试。", "request interceptor: " + e), null);
        }
        request = bounded(request);
        DialogState pending = DialogState.from(request.session(), DialogState.KEY);
        if (pending != null && !pending.skill().equals(skill.id())) pending = null;
        String intentName = request.intent();
        List<SlotValue> slots = new ArrayList<>(request.slots());
        boolean confirmed = request.confirmed();

        if (pending != null && pending.awaitsConfirmation() && (intentName == null || intentName.equals(pending.intent()))) {
            switch (YesNo.classify(request.utterance())) {
                case YES -> { intentName = pending.intent(); slots = merge(pending.slots(), slots); confirmed = true; }
                case NO -> { return finish(request, cancelled(request), null); }
                case UNKNOWN -> {
                    if (intentName == null) return reask(request, skill, pending);
                    slots = merge(pending.slots(), slots);
                }
            }
        } else if (pending != null && pending.awaitsSlot() && (intentName == null || intentName.equals(pending.intent()))) {
            if (YesNo.isCancel(request.utterance()) && slots.isEmpty()) return finish(request, cancelled(request), null);
            intentName = pending.intent();
            slots = merge(pending.slots(), slots);
            List<SlotValue> slotsOfTurn = request.slots();
            String askedName = pending.slot() == null ? "" : pending.slot();
            Optional<SlotModel> asked = skill.model().intent(pending.intent()).flatMap(i -> i.slot(askedName));
            if (asked.isPresent() && find(slots, asked.get().name()) == null && request.slots().size() == 1
                    && skill.model().intent(pending.intent()).flatMap(i -> i.slot(onlyName(slotsOfTurn))).isEmpty()) {
                SlotValue only = slotsOfTurn.getFirst(); // a bare answer labelled by type, e.g. "time" for "七点"
                slots.remove(only);
                slots.add(new SlotValue(askedName, only.raw(), only.normalized(), only.entityId()));
            }
            if (asked.isPresent() && find(slots, asked.get().name()) == null && "sys.any".equals(asked.get().type())
                    && !request.utterance().isBlank()) {
                slots.add(SlotValue.of(asked.get().name(), request.utterance().strip()));
            }
            if (asked.isPresent() && find(slots, asked.get().name()) == null && request.slots().isEmpty()) {
                return reask(request, skill, pending);
            }
        } else if (intentName == null && config.inheritFollowUps()) {
            DialogState last = DialogState.from(request.session(), DialogState.LAST);
            if (last != null && last.skill().equals(skill.id()) && !slots.isEmpty()) {
                intentName = last.intent();
                slots = merge(last.slots(), slots);
            }
        }
        if (intentName == null) {
            return finish(request, SkillResponse.failure("抱歉，我没太明白你想做什么。", "no intent for skill " + skill.id()), null);
        }
        Optional<IntentModel> intent = skill.model().intent(intentName);
        if (intent.isEmpty()) {
            return finish(request, SkillResponse.failure("抱歉，这个我还不会。", "intent " + intentName + " not in model " + skill.id()), null);
        }
        slots = canonicalise(intent.get(), skill.model().types(), slots);
        for (SlotModel required : intent.get().requiredSlots()) {
            if (find(slots, required.name()) == null) {
                int tries = pending != null && required.name().equals(pending.slot()) ? pending.tries() : 0;
                DialogState next = new DialogState(skill.id(), intentName, "slot", required.name(), slots, tries + 1);
                if (tries >= config.maxPrompts()) return finish(request, giveUp(request), null);
                String prompt = Phrases.pick(request.requestId(), required.prompts());
                return finish(request, SkillResponse.builder().askFor(required.name(), prompt).build(), next);
            }
        }
        if (intent.get().confirmation() != null && !confirmed) {
            DialogState next = new DialogState(skill.id(), intentName, "confirm", null, slots, 1);
            return finish(request, SkillResponse.builder().confirm(intent.get().confirmation()).build(), next);
        }
        SkillRequest call = request.withIntent(intentName, slots, confirmed);
        SkillResponse response;
        try {
            response = skill.handler().handle(call);
            if (response == null) response = SkillResponse.failure("抱歉，这个技能没有回应。", "handler returned null");
        } catch (Exception e) {
            response = SkillResponse.failure("抱歉，出了点问题，请稍后再试。", "handler error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        DialogState next = null;
        if (response.askSlot() != null) next = new DialogState(skill.id(), intentName, "slot", response.askSlot(), slots, 1);
        else if (response.confirm()) next = new DialogState(skill.id(), intentName, "confirm", null, slots, 1);
        Map<String, Object> extra = new LinkedHashMap<>();
        // a request the skill could not serve (its live-data service not configured or down) is still what a
        // follow-up ("那上海呢") refers to
        if (next == null) {
            extra.put(DialogState.LAST, new DialogState(skill.id(), intentName, "", null, slots, 0).toMap());
        }
        return finish(call, response, next, extra);
    }

    private SkillResponse reask(SkillRequest request, Skill skill, DialogState pending) {
        if (pending.tries() >= config.maxPrompts()) return finish(request, giveUp(request), null);
        DialogState next = new DialogState(pending.skill(), pending.intent(), pending.await(), pending.slot(), pending.slots(), pending.tries() + 1);
        if (pending.awaitsConfirmation()) {
            String prompt = skill.model().intent(pending.intent()).map(IntentModel::confirmation).orElse("确定吗?");
            return finish(request, SkillResponse.builder().confirm("请说“确定”或者“取消”。" + prompt).build(), next);
        }
        List<String> prompts = skill.model().intent(pending.intent()).flatMap(i -> i.slot(pending.slot()))
                .map(SlotModel::prompts).filter(p -> !p.isEmpty()).orElse(List.of("能再说一遍吗?"));
        return finish(request, SkillResponse.builder().askFor(pending.slot(), "没听清，" + Phrases.pick(request.requestId(), prompts)).build(), next);
    }

    private static SkillResponse cancelled(SkillRequest r) {
        return SkillResponse.builder().say(Phrases.pick(r, "cancel", "好的，已取消。", "好，那就不操作了。", "行，先不弄了。")).build();
    }

    private static SkillResponse giveUp(SkillRequest r) {
        return SkillResponse.failure(Phrases.pick(r, "giveup", "好的，那我们先不弄了。", "没关系，需要的时候再叫我。"), "gave up after repeated prompts");
    }

    private SkillResponse finish(SkillRequest request, SkillResponse response, DialogState next) {
        return finish(request, response, next, Map.of());
    }

    private SkillResponse finish(SkillRequest request, SkillResponse response, DialogState next, Map<String, Object> extra) {
        SkillResponse out = response;
        try {
            for (ResponseInterceptor i : responseInterceptors) out = i.intercept(request, out);
        } catch (RuntimeException e) {
            out = SkillResponse.failure("抱歉，出了点问题，请稍后再试。", "response interceptor: " + e);
        }
        out = deviceAdapter.intercept(request, out);
        Map<String, Object> session = new LinkedHashMap<>(request.session());
        session.remove(DialogState.KEY);
        session.putAll(extra);
        out.session().forEach((k, v) -> { if (v == null) session.remove(k); else session.put(k, v); });
        if (next != null) session.put(DialogState.KEY, next.toMap());
        return new SkillResponse(out.text(), out.tts(), out.brief(), out.directives(), out.askSlot(), out.confirm(),
                next == null && out.endSession(), session, out.outcome(), out.failureReason());
    }

    private static List<SlotValue> merge(List<SlotValue> earlier, List<SlotValue> now) {
        Map<String, SlotValue> m = new LinkedHashMap<>();
        earlier.forEach(s -> m.put(s.name(), s));
        now.forEach(s -> m.put(s.name(), s));
        return new ArrayList<>(m.values());
    }

    /** Drops oversized slot values and cuts an oversized utterance, so handlers never store or scan huge text. */
    private SkillRequest bounded(SkillRequest r) {
        boolean bigSlot = r.slots().stream().anyMatch(s -> s.normalized().length() > config.maxSlotChars() || s.raw().length() > config.maxSlotChars());
        boolean bigText = r.utterance().length() > config.maxUtteranceChars();
        if (!bigSlot && !bigText) return r;
        List<SlotValue> kept = r.slots().stream()
                .filter(s -> s.normalized().length() <= config.maxSlotChars() && s.raw().length() <= config.maxSlotChars()).toList();
        String text = bigText ? r.utterance().substring(0, config.maxUtteranceChars()) : r.utterance();
        return new SkillRequest(r.requestId(), r.skillId(), r.intent(), text, kept, r.session(), r.userId(), r.device(), r.locale(), r.now(), r.confirmed());
    }

    private static String onlyName(List<SlotValue> slots) {
        return slots.getFirst().name();
    }

    private static SlotValue find(List<SlotValue> slots, String name) {
        for (SlotValue s : slots) if (s.name().equals(name) && !s.normalized().isBlank()) return s;
        return null;
    }

    private static List<SlotValue> canonicalise(IntentModel intent, List<CustomType> types, List<SlotValue> slots) {
        List<SlotValue> out = new ArrayList<>();
        for (SlotValue s : slots) {
            Optional<CustomType> type = intent.slot(s.name()).flatMap(m -> types.stream().filter(t -> t.name().equals(m.type())).findFirst());
            String canonical = type.flatMap(t -> t.canonical(s.normalized()).or(() -> t.canonical(s.raw()))).orElse(null);
            out.add(canonical == null ? s : new SlotValue(s.name(), s.raw(), canonical, s.entityId()));
        }
        return out;
    }
}
