package io.xiaobu.dialog.model;

import io.xiaobu.dialog.skills.SkillGrammars;
import io.xiaobu.nlu.data.NluExample;
import io.xiaobu.nlu.grammar.Grammar;
import io.xiaobu.nlu.grammar.SlotRecognizers;
import io.xiaobu.nlu.grammar.SlotSpec;
import io.xiaobu.nlu.grammar.TemplateSampler;
import io.xiaobu.skills.sdk.Skill;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Labelled utterances from the skills' own interaction models: every sample template expanded by the
 * grammar's {@link TemplateSampler}. Open slots ({@code sys.any}, contacts, graph entities) are filled
 * from the skill's slot examples plus a pool of real values of the same product slot (taken from the
 * mapped public training data), so that a template yields varied names, not one example repeated.
 * Labels: domain = skill id, intent = {@code skill/intent}, task (not chat).
 */
public final class SkillSamples {

    private final List<Skill> skills;
    private final SlotRecognizers recognizers;
    private final Map<String, List<String>> valuePool;

    /** @param valuePool product slot name → real values for open slots of that name (may be empty) */
    public SkillSamples(List<Skill> skills, SlotRecognizers recognizers, Map<String, List<String>> valuePool) {
        this.skills = List.copyOf(skills);
        this.recognizers = recognizers;
        this.valuePool = Map.copyOf(valuePool);
    }

    /** Up to {@code perTemplate} distinct utterances per template, reproducible for a seed. */
    public List<NluExample> sample(int perTemplate, long seed) {
        List<NluExample> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Skill skill : skills) {
            List<Grammar> grammars = SkillGrammars.of(skill.model()).stream().map(this::withPool).toList();
            for (TemplateSampler.Sample s : new TemplateSampler(grammars, recognizers).sample(perTemplate, seed)) {
                String label = ProductLabels.intent(s.domain(), s.intent());
                if (!seen.add(label + '\u0000' + s.text())) continue;
                out.add(new NluExample("skill:" + out.size(), "skill:" + s.text(), s.text(), s.domain(), label, s.slots(),
                        "", null, false, null));
            }
        }
        return out;
    }

    private Grammar withPool(Grammar g) {
        Map<String, SlotSpec> slots = new LinkedHashMap<>();
        g.slots().forEach((name, spec) -> {
            List<String> pool = valuePool.getOrDefault(name, List.of());
            if (spec instanceof SlotSpec.WildcardSlot w && !pool.isEmpty()) {
                List<String> examples = new ArrayList<>(w.examples());
                pool.stream().filter(v -> v.length() >= w.minChars() && v.length() <= w.maxChars()).forEach(examples::add);
                slots.put(name, new SlotSpec.WildcardSlot(w.minChars(), w.maxChars(), examples));
            } else {
                slots.put(name, spec);
            }
        });
        return new Grammar(g.name(), g.intents(), slots, g.rules());
    }
}
