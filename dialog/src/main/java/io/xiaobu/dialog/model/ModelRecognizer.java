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
import java.util.function.Function;

/**
 * Intent hypotheses from the multitask model (one backbone pass, all heads). The model's labels are
 * those of the data it was trained on: the product model's {@code skill/intent} ({@link ProductLabels}),
 * or a benchmark model's (SMP-ECDT {@code domain.INTENT}); {@code labelToSkill} maps each to a product
 * skill and intent, and labels without a skill (chat, open questions) give none. The
 * same pass's sentence embedding is matched against the samples of skills registered at run time
 * (few-shot), so their intents are recognised before any retraining. A model trained with knowledge-graph
 * tags ({@link GraphEntityTags}) reads the types of the entities the link stage found in the turn.
 */
public final class ModelRecognizer implements IntentRecognizer {

    /** A product skill and intent. */
    public record Target(String skill, String intent) {
    }

    /**
     * @param maxHypotheses how many of the intent head's best labels to propose
     * @param fewShotMin    the least cosine to the nearest registered sample for a few-shot hypothesis
     * @param fewShotMargin how much closer the best intent must be than any other intent's samples
     */
    public record Settings(int maxHypotheses, double fewShotMin, double fewShotMargin) {
        public static Settings defaults() {
            return new Settings(3, 0.75, 0.03);
        }
    }

    private final NluModel model;
    private final Function<String, Optional<Target>> labelToSkill;
    private final FewShotIndex fewShot;
    private final Settings settings;
    /** Trained on the knowledge graph's entity types (the product model since v5), not on lexicon tags or none. */
    private final boolean readsGraphTags;
    /** The model's intent labels that name no skill (chat, open questions): their mass is the turn's no-task probability. */
    private final java.util.Set<String> labelsWithoutSkill;

    /** @param labelToSkill model intent label → product skill/intent, empty for none */
    public ModelRecognizer(NluModel model, Function<String, Optional<Target>> labelToSkill,
                           FewShotIndex fewShot, Settings settings) {
        this.model = model;
        this.labelToSkill = labelToSkill;
        this.fewShot = fewShot;
        this.settings = settings;
        this.readsGraphTags = model.meta().config().entityTags() && model.meta().entityTypes().equals(GraphEntityTags.TYPES);
        this.labelsWithoutSkill = model.meta().intents().stream().filter(l -> labelToSkill.apply(l).isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    public String name() {
        return "model";
    }

    @Override
    public List<Understanding> recognize(TurnContext turn) {
        NormalizedText text = turn.text();
        String[] entityTags = readsGraphTags ? GraphEntityTags.of(text, turn.entities()) : null;
        ModelOutput out = model.predict(text.text(), entityTags, RecogniserSignals.of(turn.request().asr()));
        turn.setSentenceEmbedding(out.embedding());
        turn.setRejectProbability(out.rejectProbability());
        List<Slot> slots = new ArrayList<>();
        for (Slot s : out.slots()) {
            slots.add(new Slot(s.name(), text.original().substring(text.originalStart(s.start()), text.originalEnd(s.end())),
                    s.normalized(), text.originalStart(s.start()), text.originalEnd(s.end()), null));
        }
        double nonTask = 0;
        for (ModelOutput.Scored intent : out.intents()) if (labelsWithoutSkill.contains(intent.label())) nonTask += intent.probability();
        turn.setNonTaskProbability(Math.min(1, nonTask));
        List<Understanding> hypotheses = new ArrayList<>();
        for (ModelOutput.Scored intent : out.intents()) {
            if (hypotheses.size() >= settings.maxHypotheses()) break;
            Optional<Target> target = labelToSkill.apply(intent.label());
            if (target.isEmpty()) continue;
            hypotheses.add(new Understanding(target.get().skill(), target.get().intent(), hypotheses.isEmpty() ? slots : List.of(),
                    Math.max(0, Math.min(1, intent.probability())), "model",
                    String.format(Locale.ROOT, "intent head %s p=%.3f", intent.label(), intent.probability())));
        }
        Optional<FewShotIndex.Match> near = fewShot.nearest(out.embedding()).filter(m -> m.registered()
                && m.cosine() >= settings.fewShotMin() && m.cosine() - m.runnerUpCosine() >= settings.fewShotMargin());
        if (near.isPresent()) {
            // the heads were trained before this skill existed, so their labels cannot name it
            FewShotIndex.Match m = near.get();
            return List.of(new Understanding(m.skill(), m.intent(), List.of(), fewShotConfidence(m.cosine()), "fewshot",
                    String.format(Locale.ROOT, "nearest sample '%s' of a registered skill, cos=%.3f (other intents %.3f)",
                            m.nearest(), m.cosine(), m.runnerUpCosine())));
        }
        return hypotheses;
    }

    /** Maps cosine in [fewShotMin, 1] onto [0.5, 0.95]: at the threshold a hypothesis is weak, a near copy is strong. */
    private double fewShotConfidence(double cosine) {
        double t = (cosine - settings.fewShotMin()) / (1 - settings.fewShotMin());
        return 0.5 + 0.45 * Math.max(0, Math.min(1, t));
    }
}
