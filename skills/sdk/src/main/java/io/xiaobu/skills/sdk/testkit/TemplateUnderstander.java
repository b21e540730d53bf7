package io.xiaobu.skills.sdk.testkit;

import io.xiaobu.skills.sdk.SlotValue;
import io.xiaobu.skills.sdk.model.CustomType;
import io.xiaobu.skills.sdk.model.IntentModel;
import io.xiaobu.skills.sdk.model.InteractionModel;
import io.xiaobu.skills.sdk.model.SlotModel;
import io.xiaobu.skills.sdk.model.Template;
import io.xiaobu.skills.sdk.runtime.DialogState;
import io.xiaobu.skills.sdk.runtime.YesNo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small understanding step for skill tests: each sample template becomes a regular expression
 * (custom-type slots match their values and synonyms, other slots match any text) and an utterance
 * must match a whole template. Among matches, the one with the most literal characters (and
 * characters matched by closed-list slots) wins; templates made only of open slots are ignored. Slot
 * values are taken as said (no time or number normalisation: that is the pipeline's job). When a
 * skill is waiting for a slot and nothing matches, the utterance is passed on as a bare answer.
 */
public final class TemplateUnderstander implements Understander {

    private record Compiled(String skill, String intent, Pattern pattern, List<String> groups, List<Boolean> typed, int literalChars) {
    }

    /** Longer utterances are not matched: open slots make matching cost grow steeply with length. */
    public static final int MAX_CHARS = 120;
    private final List<Compiled> compiled = new ArrayList<>();

    public TemplateUnderstander(List<InteractionModel> models) {
        for (InteractionModel m : models) {
            for (IntentModel intent : m.intents()) {
                for (String sample : intent.samples()) {
                    try {
                        Template t = Template.parse(sample);
                        List<String> groups = new ArrayList<>();
                        int[] literal = {0};
                        String regex = toRegex(t.root(), m, intent, groups, literal, 0);
                        List<Boolean> typed = groups.stream().map(g -> intent.slot(g).map(SlotModel::type).flatMap(m::type).isPresent()).toList();
                        // a template made only of open slots matches anything: ambiguous, so it is not used
                        if (literal[0] == 0 && !typed.contains(Boolean.TRUE)) continue;
                        compiled.add(new Compiled(m.id(), intent.name(), Pattern.compile(regex), groups, typed, literal[0]));
                    } catch (Template.TemplateSyntaxException e) {
                        // invalid templates are reported by the validator; skip them here
                    }
                }
            }
        }
    }

    @Override
    public Optional<Interpretation> understand(String utterance, Map<String, Object> session) {
        if (utterance == null || utterance.length() > MAX_CHARS) return Optional.empty();
        String text = utterance.strip().replaceAll("[。！？!?，,]+$", "");
        DialogState pending = DialogState.from(session == null ? Map.of() : session, DialogState.KEY);
        if (pending != null && pending.awaitsConfirmation() && YesNo.classify(text) != YesNo.Answer.UNKNOWN) {
            return Optional.of(new Interpretation(pending.skill(), null, List.of()));
        }
        Compiled best = null;
        Matcher bestMatch = null;
        int bestScore = Integer.MIN_VALUE;
        for (Compiled c : compiled) {
            Matcher mt = c.pattern().matcher(text);
            if (!mt.matches()) continue;
            int score = score(c, mt);
            if (score > bestScore) {
                best = c;
                bestMatch = mt;
                bestScore = score;
            }
        }
        if (best == null) {
            return pending == null ? Optional.empty() : Optional.of(new Interpretation(pending.skill(), null,
                    pending.slot() == null ? List.of() : List.of(SlotValue.of(pending.slot(), text))));
        }
        List<SlotValue> slots = new ArrayList<>();
        for (int i = 0; i < best.groups().size(); i++) {
            String v = bestMatch.group(i + 1);
            String name = best.groups().get(i);
            if (v != null && !v.isBlank() && slots.stream().noneMatch(s -> s.name().equals(name))) slots.add(SlotValue.of(name, v));
        }
        return Optional.of(new Interpretation(best.skill(), best.intent(), slots));
    }

    /** Literal characters plus characters matched by closed-list slots; text taken by open slots earns nothing. */
    private static int score(Compiled c, Matcher m) {
        int score = c.literalChars() * 2;
        for (int i = 0; i < c.groups().size(); i++) {
            String v = m.group(i + 1);
            if (v != null && c.typed().get(i)) score += 2 * v.length();
            else if (v != null) score -= 1;
        }
        return score;
    }

    private static String toRegex(Template.Node n, InteractionModel m, IntentModel intent, List<String> groups, int[] literal, int depth) {
        return switch (n) {
            case Template.Text t -> { literal[0] += t.text().strip().length(); yield Pattern.quote(t.text()); }
            case Template.Seq s -> {
                StringBuilder b = new StringBuilder();
                for (Template.Node i : s.items()) b.append(toRegex(i, m, intent, groups, literal, depth));
                yield b.toString();
            }
            case Template.Alt a -> {
                List<String> parts = new ArrayList<>();
                int[] ignored = {0};
                for (Template.Node o : a.options()) parts.add(toRegex(o, m, intent, groups, ignored, depth));
                literal[0] += 1;
                yield "(?:" + String.join("|", parts) + ")";
            }
            case Template.Opt o -> "(?:" + toRegex(o.inner(), m, intent, groups, new int[]{0}, depth) + ")?";
            case Template.SlotRef s -> {
                groups.add(s.name());
                Optional<CustomType> type = intent.slot(s.name()).map(SlotModel::type).flatMap(m::type);
                if (type.isPresent()) {
                    List<String> words = new ArrayList<>();
                    for (CustomType.Value v : type.get().values()) {
                        words.add(Pattern.quote(v.value()));
                        v.synonyms().forEach(x -> words.add(Pattern.quote(x)));
                    }
                    words.sort((x, y) -> y.length() - x.length());
                    yield "(" + String.join("|", words) + ")";
                }
                yield "(.+?)";
            }
            case Template.RuleRef r -> {
                String src = m.rules().get(r.name());
                if (src == null || depth > 8) yield "";
                try {
                    yield "(?:" + toRegex(Template.parse(src).root(), m, intent, groups, literal, depth + 1) + ")";
                } catch (Template.TemplateSyntaxException e) {
                    yield "";
                }
            }
        };
    }
}
