package io.xiaobu.dialog.model;

import io.xiaobu.dialog.skills.SkillGrammars;
import io.xiaobu.nlu.grammar.TemplateSampler;
import io.xiaobu.nlu.model.ModelOutput;
import io.xiaobu.nlu.model.NluModel;
import io.xiaobu.skills.sdk.Skill;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Teaches the few-shot index a skill: expands its sample templates into utterances and embeds them
 * with the shared backbone (no retraining). Built-in skills are indexed once as anchors.
 */
public final class FewShotLearner {

    private final NluModel model;
    private final FewShotIndex index;
    private final int perTemplate;

    public FewShotLearner(NluModel model, FewShotIndex index, int perTemplate) {
        this.model = model;
        this.index = index;
        this.perTemplate = perTemplate;
    }

    public FewShotIndex index() {
        return index;
    }

    /** Indexes a skill registered at run time. */
    public void learn(Skill skill) {
        learn(skill, true);
    }

    /** Indexes built-in skills as anchors for the registered ones. */
    public void anchor(java.util.Collection<Skill> builtIn) {
        for (Skill s : builtIn) learn(s, false);
    }

    private void learn(Skill skill, boolean registered) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> texts = new ArrayList<>();
        List<String> intents = new ArrayList<>();
        for (TemplateSampler.Sample s : new TemplateSampler(SkillGrammars.of(skill.model())).sample(perTemplate, 7)) {
            if (seen.add(s.intent() + '\u0000' + s.text())) {
                texts.add(s.text());
                intents.add(s.intent());
            }
        }
        List<FewShotIndex.Example> examples = new ArrayList<>();
        int batch = 64;
        for (int from = 0; from < texts.size(); from += batch) {
            List<String> part = texts.subList(from, Math.min(texts.size(), from + batch));
            List<ModelOutput> outs = model.predictBatch(part, java.util.Collections.nCopies(part.size(), null),
                    java.util.Collections.nCopies(part.size(), null));
            for (int i = 0; i < part.size(); i++) {
                examples.add(new FewShotIndex.Example(skill.id(), intents.get(from + i), part.get(i),
                        FewShotIndex.unit(outs.get(i).embedding())));
            }
        }
        index.put(skill.id(), examples, registered);
    }

    public void forget(String skillId) {
        index.remove(skillId);
    }
}
