package io.xiaobu.dialog.model;

import io.xiaobu.dialog.pipeline.TurnContext;
import io.xiaobu.dialog.stage.IntentRecognizer;
import io.xiaobu.nlu.NormalizedText;
import io.xiaobu.nlu.Slot;
import io.xiaobu.nlu.Understanding;
import io.xiaobu.nlu.model.ModelOutput;
import io.xiaobu.nlu.model.NluModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Intent hypotheses from the multitask model (one backbone pass, all heads). The model's labels are
 * those of the data it was trained on (SMP-ECDT {@code domain.INTENT}); {@code labelToSkill} maps
 * each to a product skill and intent, and labels without a skill (open questions) give none.
 */
public final class ModelRecognizer implements IntentRecognizer {

    /** A product skill and intent. */
    public record Target(String skill, String intent) {
    }

    private final NluModel model;
    private final BiFunction<String, String, Optional<Target>> labelToSkill;
    private final int maxHypotheses;

    /** @param labelToSkill (model domain, model intent) → product skill/intent, empty for none */
    public ModelRecognizer(NluModel model, BiFunction<String, String, Optional<Target>> labelToSkill, int maxHypotheses) {
        this.model = model;
        this.labelToSkill = labelToSkill;
        this.maxHypotheses = maxHypotheses;
    }

    @Override
    public String name() {
        return "model";
    }

    @Override
    public List<Understanding> recognize(TurnContext turn) {
        NormalizedText text = turn.text();
        ModelOutput out = model.predict(text.text());
        List<Slot> slots = new ArrayList<>();
        for (Slot s : out.slots()) {
            slots.add(new Slot(s.name(), text.original().substring(text.originalStart(s.start()), text.originalEnd(s.end())),
                    s.normalized(), text.originalStart(s.start()), text.originalEnd(s.end()), null));
        }
        List<Understanding> hypotheses = new ArrayList<>();
        for (ModelOutput.Scored intent : out.intents()) {
            if (hypotheses.size() >= maxHypotheses) break;
            int dot = intent.label().lastIndexOf('.');
            if (dot <= 0) continue;
            Optional<Target> target = labelToSkill.apply(intent.label().substring(0, dot), intent.label().substring(dot + 1));
            if (target.isEmpty()) continue;
            hypotheses.add(new Understanding(target.get().skill(), target.get().intent(), hypotheses.isEmpty() ? slots : List.of(),
                    Math.max(0, Math.min(1, intent.probability())), "model",
                    String.format(Locale.ROOT, "intent head %s p=%.3f", intent.label(), intent.probability())));
        }
        return hypotheses;
    }
}
