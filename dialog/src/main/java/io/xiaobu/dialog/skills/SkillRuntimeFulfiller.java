package io.xiaobu.dialog.skills;

import io.xiaobu.dialog.api.Outcome;
import io.xiaobu.dialog.api.TurnRequest;
import io.xiaobu.dialog.api.TurnResponse;
import io.xiaobu.dialog.pipeline.Fulfilment;
import io.xiaobu.dialog.pipeline.TurnContext;
import io.xiaobu.dialog.rank.Candidate;
import io.xiaobu.dialog.stage.SkillFulfiller;
import io.xiaobu.nlu.Slot;
import io.xiaobu.nlu.Understanding;
import io.xiaobu.skills.sdk.Contact;
import io.xiaobu.skills.sdk.Device;
import io.xiaobu.skills.sdk.Directive;
import io.xiaobu.skills.sdk.Skill;
import io.xiaobu.skills.sdk.SkillRequest;
import io.xiaobu.skills.sdk.SkillResponse;
import io.xiaobu.skills.sdk.SlotValue;
import io.xiaobu.skills.sdk.model.SlotModel;
import io.xiaobu.skills.sdk.runtime.DialogState;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hands the chosen task to the skill runtime: builds the handler's view of the turn (slots
 * normalised against the turn's reference time, linked entity ids, the device with its contacts),
 * keeps the skill's session attributes in the dialogue session, and maps the answer back.
 */
public final class SkillRuntimeFulfiller implements SkillFulfiller {

    /** The source name of a candidate that answers a question the skill asked on the previous turn. */
    public static final String PENDING_SOURCE = "dialog";

    private final SkillCatalog catalog;
    private final SlotNormalizer slots;

    public SkillRuntimeFulfiller(SkillCatalog catalog, SlotNormalizer slots) {
        this.catalog = catalog;
        this.slots = slots;
    }

    @Override
    public boolean handles(String skill) {
        return skill != null && catalog.skill(skill).isPresent();
    }

    /**
     * The handler's view of the chosen task: slots normalised against the turn's reference time
     * (and typed by the skill's model), linked entity ids, the device; a bare answer to a pending
     * question carries no intent.
     */
    public SkillRequest request(TurnContext turn, Candidate chosen) {
        Understanding u = chosen.understanding();
        Skill skill = catalog.skill(chosen.skill()).orElseThrow();
        return request(turn, chosen, declared(skill, intentOf(turn, u), u.slots(), turn), turn.text().text());
    }

    /** As {@link #request(TurnContext, Candidate)} with the slots already under the intent's own names, for {@code words}. */
    private SkillRequest request(TurnContext turn, Candidate chosen, List<Slot> said, String words) {
        Understanding u = chosen.understanding();
        Skill skill = catalog.skill(chosen.skill()).orElseThrow();
        boolean answersPending = PENDING_SOURCE.equals(u.source());
        String intent = intentOf(turn, u);
        List<SlotValue> values = new ArrayList<>();
        for (Slot s : said) {
            String type = slotType(skill, intent, s.name()).orElse(null);
            String value = normalize(type, s, turn).orElse(s.normalized() != null ? s.normalized() : s.value());
            values.add(new SlotValue(s.name(), s.value(), value, s.entityId()));
        }
        // an answer to a pending question, or a follow-up, names no intent: the runtime carries the slots over
        boolean carriesOver = answersPending || FollowUpSource.SOURCE.equals(u.source());
        return new SkillRequest(turn.request().requestId(), skill.id(), carriesOver ? null : u.intent(),
                words, values, turn.session().attributes(), turn.request().userId(), device(turn.request()),
                turn.request().device().locale(), turn.referenceTime(), false);
    }

    @Override
    public Fulfilment fulfil(TurnContext turn, Candidate chosen, String words) {
        Understanding u = chosen.understanding();
        Skill skill = catalog.skill(chosen.skill()).orElseThrow();
        boolean answersPending = PENDING_SOURCE.equals(u.source());
        List<Slot> said = declared(skill, intentOf(turn, u), u.slots(), turn);
        SkillRequest request = request(turn, chosen, said, words);
        List<Slot> normalized = new ArrayList<>();
        for (int i = 0; i < said.size(); i++) {
            normalized.add(said.get(i).withNormalized(request.slots().get(i).normalized()));
        }
        SkillResponse response = catalog.runtime().handle(request);
        keepSession(turn.session().attributes(), response.session());
        List<TurnResponse.Directive> directives = new ArrayList<>();
        for (Directive d : response.directives()) directives.add(new TurnResponse.Directive(d.type(), d.payload()));
        String intent = answersPending ? pendingOr(response, u.intent()) : u.intent();
        return new Fulfilment(outcome(response), skill.id(), intent, normalized, response.text(), response.tts(),
                directives, chosen.score());
    }

    /**
     * The slots under the names the intent declares. The model may read a time under a neighbouring intent's slot
     * name (alarm.set's {@code time} in "帮我定一个下午三点的会议提醒", understood as reminder.create): a slot the intent
     * does not declare goes to the intent's one time slot ({@code sys.datetime}, {@code sys.date} or {@code sys.time})
     * when that slot is not filled otherwise and the words read as its type; anything else keeps its name.
     */
    private List<Slot> declared(Skill skill, String intent, List<Slot> said, TurnContext turn) {
        if (intent == null) return said;
        var model = skill.model().intent(intent).orElse(null);
        if (model == null) return said;
        List<SlotModel> timeSlots = model.slots().stream().filter(m -> SkillGrammars.TIME_TYPES.contains(m.type())).toList();
        if (timeSlots.size() != 1) return said;
        SlotModel time = timeSlots.get(0);
        if (said.stream().anyMatch(s -> s.name().equals(time.name()))) return said;
        List<Slot> out = new ArrayList<>(said.size());
        boolean moved = false;
        for (Slot s : said) {
            if (!moved && model.slot(s.name()).isEmpty() && slots.normalize(time.type(), s.value(), turn.referenceTime()).isPresent()) {
                out.add(new Slot(time.name(), s.value(), s.normalized(), s.start(), s.end(), s.entityId()));
                moved = true;
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private Optional<String> normalize(String type, Slot s, TurnContext turn) {
        if (type == null || !SkillGrammars.RECOGNIZED.contains(type)) return Optional.empty();
        return slots.normalize(type, s.value(), turn.referenceTime());
    }

    private static Optional<String> slotType(Skill skill, String intent, String slot) {
        if (intent == null) return Optional.empty();
        return skill.model().intent(intent).flatMap(i -> i.slot(slot)).map(SlotModel::type);
    }

    /** The intent whose slots the turn fills: the pending question's for an answer to it, else the understood one. */
    private static String intentOf(TurnContext turn, Understanding u) {
        return PENDING_SOURCE.equals(u.source()) ? pendingIntent(turn) : u.intent();
    }

    private static String pendingIntent(TurnContext turn) {
        DialogState pending = DialogState.from(turn.session().attributes(), DialogState.KEY);
        return pending == null ? null : pending.intent();
    }

    private static String pendingOr(SkillResponse response, String fallback) {
        DialogState next = DialogState.from(response.session(), DialogState.LAST);
        return next != null ? next.intent() : fallback;
    }

    /**
     * Keeps what the skill runtime returned: its attributes replace the old ones, a null value removes a key. The runtime hands back the session without the pending question once a
     * turn is done (whichever skill did it): a question another command went past no longer waits ("算了" eight turns
     * after an alarm's "改到几点呢?" cancelled that alarm change).
     */
    private static void keepSession(Map<String, Object> session, Map<String, Object> returned) {
        if (!returned.containsKey(DialogState.KEY)) session.remove(DialogState.KEY);
        for (Map.Entry<String, Object> e : returned.entrySet()) {
            if (e.getValue() == null) session.remove(e.getKey());
            else session.put(e.getKey(), e.getValue());
        }
    }

    private static Outcome outcome(SkillResponse r) {
        return switch (r.outcome()) {
            case DONE -> Outcome.ANSWERED;
            case ASK_SLOT, CONFIRM -> Outcome.CLARIFY;
            case UNSUPPORTED, FAILED -> Outcome.UNSUPPORTED;
        };
    }

    /** The handler's view of the device: type, capabilities, and the contacts/settings the device shared. */
    static Device device(TurnRequest request) {
        List<Contact> contacts = new ArrayList<>();
        if (request.context().get("contacts") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m && m.get("name") instanceof String name) {
                    List<String> phones = new ArrayList<>();
                    if (m.get("phone") instanceof String p) phones.add(p);
                    if (m.get("phones") instanceof List<?> ps) ps.forEach(p -> phones.add(String.valueOf(p)));
                    contacts.add(new Contact(name, phones));
                }
            }
        }
        Map<String, String> settings = new HashMap<>();
        if (request.context().get("settings") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> settings.put(String.valueOf(k), String.valueOf(v)));
        }
        return new Device(request.device().type().wireName(), new HashSet<>(request.device().capabilities()), contacts, settings);
    }
}
