package io.xiaobu.skills.sdk.testkit;

import io.xiaobu.skills.sdk.Device;
import io.xiaobu.skills.sdk.SkillRequest;
import io.xiaobu.skills.sdk.SkillResponse;
import io.xiaobu.skills.sdk.SlotValue;
import io.xiaobu.skills.sdk.runtime.SkillRuntime;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drives skills turn by turn like a device would, keeping the session between turns:
 * <pre>{@code
 * SkillTester t = new SkillTester(runtime, understander).device(Device.of("phone", "screen"));
 * t.say("定个闹钟").assertAsksFor("time");
 * t.say("七点").assertDirective("alarm.set", "time", "07:00");
 * t.send("alarm", "alarm.set", "time", "08:00").assertReplyContains("8点");
 * }</pre>
 */
public final class SkillTester {

    private final SkillRuntime runtime;
    private final Understander understander;
    private final AtomicInteger turn = new AtomicInteger();
    private Map<String, Object> session = new LinkedHashMap<>();
    private Device device = Device.of("phone");
    private String user = "test-user";
    private ZonedDateTime now;
    private String seed = "test";

    /** @param understander the understanding step for {@link #say}; may be {@code null} when only {@link #send} is used */
    public SkillTester(SkillRuntime runtime, Understander understander) {
        this.runtime = runtime;
        this.understander = understander;
    }

    public SkillTester device(Device d) { device = d; return this; }
    public SkillTester user(String u) { user = u; return this; }
    public SkillTester now(ZonedDateTime t) { now = t; return this; }
    /** Seeds reply variation (request ids are {@code seed-<turn>}). */
    public SkillTester seed(String s) { seed = s; return this; }
    public SkillTester newSession() { session = new LinkedHashMap<>(); return this; }
    public Map<String, Object> session() { return session; }

    /** Understands the utterance, then runs the turn. Fails when nothing understood it. */
    public TurnResult say(String utterance) {
        if (understander == null) throw new IllegalStateException("no understanding step plugged in; use send(...)");
        Interpretation i = understander.understand(utterance, session)
                .orElseThrow(() -> new AssertionError("\"" + utterance + "\": nothing understood it"));
        return run(utterance, i);
    }

    /** Runs a turn with a given intent and slots ({@code name, value, name, value …}), skipping understanding. */
    public TurnResult send(String skill, String intent, String... slotPairs) {
        if (slotPairs.length % 2 != 0) throw new IllegalArgumentException("slots come in name/value pairs");
        List<SlotValue> slots = new ArrayList<>();
        for (int i = 0; i < slotPairs.length; i += 2) slots.add(SlotValue.of(slotPairs[i], slotPairs[i + 1]));
        return run(intent + " " + slots, new Interpretation(skill, intent, slots));
    }

    /** As {@link #send} with the words the user said (for handlers that read the utterance as well as the slots). */
    public TurnResult sendSaid(String utterance, String skill, String intent, String... slotPairs) {
        if (slotPairs.length % 2 != 0) throw new IllegalArgumentException("slots come in name/value pairs");
        List<SlotValue> slots = new ArrayList<>();
        for (int i = 0; i < slotPairs.length; i += 2) slots.add(SlotValue.of(slotPairs[i], slotPairs[i + 1]));
        return run(utterance, new Interpretation(skill, intent, slots));
    }

    /**
     * Answers a pending question, or follows up on the last completed intent, with an utterance and
     * the slots the pipeline would have extracted (the turn carries no intent).
     */
    public TurnResult answer(String utterance, String... slotPairs) {
        String skill = runtime.pending(session).or(() -> runtime.last(session)).map(p -> p.skill())
                .orElseThrow(() -> new AssertionError("no pending question or earlier intent to continue"));
        List<SlotValue> slots = new ArrayList<>();
        for (int i = 0; i < slotPairs.length; i += 2) slots.add(SlotValue.of(slotPairs[i], slotPairs[i + 1]));
        return run(utterance, new Interpretation(skill, null, slots));
    }

    private TurnResult run(String utterance, Interpretation i) {
        SkillRequest request = SkillRequest.builder().requestId(seed + "-" + turn.incrementAndGet()).skill(i.skillId())
                .intent(i.intent()).utterance(utterance).slots(i.slots()).session(session).user(user).device(device).now(now).build();
        SkillResponse response = runtime.handle(request);
        session = new LinkedHashMap<>(response.session());
        return new TurnResult(utterance, i, response);
    }
}
