package io.xiaobu.skills.sdk.testkit;

import io.xiaobu.skills.sdk.Device;
import io.xiaobu.skills.sdk.Outcome;
import io.xiaobu.skills.sdk.runtime.SkillRuntime;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs conversation tests written in YAML ({@code *.test.yaml}) against a runtime:
 * <pre>
 * skill: horoscope
 * device: {type: phone, capabilities: [screen]}
 * now: "2026-11-21T09:00:00+08:00"
 * cases:
 *   - name: asks for the sign, then answers
 *     turns:
 *       - say: 今天运势怎么样              # through the understanding step
 *         expect: {intent: horoscope.today, asks: sign}
 *       - say: 白羊座
 *         expect: {reply: 白羊座, directive: card.show}
 *       - intent: horoscope.today          # or straight to the handler
 *         slots: {sign: 金牛座}
 *         expect: {reply: [金牛座], outcome: DONE}
 * </pre>
 * {@code expect} keys: {@code skill, intent, slots, reply, notReply, directive, asks, confirm, outcome}.
 */
public final class ScriptedTests {

    /** One case's result. */
    public record CaseResult(String file, String name, boolean passed, String message) {
    }

    private final SkillRuntime runtime;
    private final Understander understander;

    public ScriptedTests(SkillRuntime runtime, Understander understander) {
        this.runtime = runtime;
        this.understander = understander;
    }

    public List<CaseResult> run(Path file) {
        List<CaseResult> results = new ArrayList<>();
        Map<String, Object> doc;
        try {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file, StandardCharsets.UTF_8));
            if (!(loaded instanceof Map<?, ?> m)) throw new IllegalArgumentException("top level must be a mapping");
            doc = cast(m);
        } catch (IOException | RuntimeException e) {
            results.add(new CaseResult(file.toString(), "(file)", false, "cannot read: " + e.getMessage()));
            return results;
        }
        String skill = str(doc.get("skill"));
        Device device = device(doc.get("device"));
        ZonedDateTime now = doc.get("now") == null ? null : ZonedDateTime.parse(str(doc.get("now")));
        for (Object c : list(doc.get("cases"))) {
            Map<String, Object> tc = cast((Map<?, ?>) c);
            String name = str(tc.getOrDefault("name", "(unnamed)"));
            SkillTester tester = new SkillTester(runtime, understander).device(device).now(now).seed(name);
            try {
                int i = 0;
                for (Object t : list(tc.get("turns"))) {
                    i++;
                    Map<String, Object> turn = cast((Map<?, ?>) t);
                    TurnResult r = turn.containsKey("say") ? tester.say(str(turn.get("say"))) : direct(tester, skill, turn);
                    check(r, turn.get("expect") instanceof Map<?, ?> e ? cast(e) : Map.of(), i);
                }
                results.add(new CaseResult(file.toString(), name, true, null));
            } catch (AssertionError | RuntimeException e) {
                results.add(new CaseResult(file.toString(), name, false, e.getMessage()));
            }
        }
        return results;
    }

    private static TurnResult direct(SkillTester tester, String defaultSkill, Map<String, Object> turn) {
        String skill = turn.containsKey("skill") ? str(turn.get("skill")) : defaultSkill;
        List<String> pairs = new ArrayList<>();
        if (turn.get("slots") instanceof Map<?, ?> slots) slots.forEach((k, v) -> { pairs.add(str(k)); pairs.add(str(v)); });
        if (!turn.containsKey("intent")) return tester.answer(str(turn.getOrDefault("utterance", "")), pairs.toArray(String[]::new));
        return tester.send(skill, str(turn.get("intent")), pairs.toArray(String[]::new));
    }

    private static void check(TurnResult r, Map<String, Object> e, int turn) {
        try {
            if (e.containsKey("skill")) r.assertSkill(str(e.get("skill")));
            if (e.containsKey("intent")) r.assertIntent(str(e.get("intent")));
            if (e.get("slots") instanceof Map<?, ?> slots) slots.forEach((k, v) -> r.assertSlot(str(k), str(v)));
            for (Object w : list(e.get("reply"))) r.assertReplyContains(str(w));
            for (Object w : list(e.get("notReply"))) r.assertReplyDoesNotContain(str(w));
            for (Object d : list(e.get("directive"))) r.assertDirective(str(d));
            if (e.containsKey("asks")) r.assertAsksFor(str(e.get("asks")));
            if (Boolean.TRUE.equals(e.get("confirm"))) r.assertAsksForConfirmation();
            if (e.containsKey("outcome")) r.assertOutcome(Outcome.valueOf(str(e.get("outcome"))));
        } catch (AssertionError a) {
            throw new AssertionError("turn " + turn + ": " + a.getMessage());
        }
    }

    private static Device device(Object o) {
        if (!(o instanceof Map<?, ?> m)) return Device.of("phone", "screen");
        Set<String> caps = Set.copyOf(list(m.get("capabilities")).stream().map(ScriptedTests::str).toList());
        return new Device(str(m.get("type") == null ? "phone" : m.get("type")), caps, List.of(), Map.of());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    private static List<Object> list(Object o) {
        if (o == null) return List.of();
        if (o instanceof List<?> l) return new ArrayList<>(l);
        return List.of(o);
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }
}
