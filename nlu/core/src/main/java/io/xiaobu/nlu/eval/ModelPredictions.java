package io.xiaobu.nlu.eval;

import io.xiaobu.nlu.data.EntityTagger;
import io.xiaobu.nlu.data.NluExample;
import io.xiaobu.nlu.model.ContextInput;
import io.xiaobu.nlu.model.DialogState;
import io.xiaobu.nlu.model.ModelOutput;
import io.xiaobu.nlu.model.NluModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs a model over labelled examples (in batches) and turns its outputs into {@link Prediction}s. */
public final class ModelPredictions {

    private ModelPredictions() {
    }

    public static List<Prediction> of(NluModel model, EntityTagger lexicon, List<NluExample> examples, int batchSize) {
        String nonTask = model.meta().config().dialogState();
        return nonTask == null ? inBatches(model, lexicon, examples, batchSize) : turnByTurn(model, lexicon, examples, batchSize, nonTask);
    }

    /**
     * For a model that reads the dialog state: the first turns of all sessions in one batch, then the
     * second turns with the state the model's own understanding of the first ones left, and so on. An
     * example without a session is a session of its own.
     */
    private static List<Prediction> turnByTurn(NluModel model, EntityTagger lexicon, List<NluExample> examples, int batchSize,
                                               String nonTask) {
        Map<Object, List<Integer>> bySession = new LinkedHashMap<>();
        for (int i = 0; i < examples.size(); i++) {
            String group = examples.get(i).group();
            bySession.computeIfAbsent(group != null ? group : Integer.valueOf(i), g -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> sessions = List.copyOf(bySession.values());
        String[] state = new String[sessions.size()];
        Arrays.fill(state, DialogState.NONE);
        Prediction[] out = new Prediction[examples.size()];
        for (int turn = 0; ; turn++) {
            List<Integer> wave = new ArrayList<>();
            List<NluExample> inputs = new ArrayList<>();
            for (int s = 0; s < sessions.size(); s++) {
                if (turn >= sessions.get(s).size()) continue;
                wave.add(s);
                inputs.add(DialogState.withState(examples.get(sessions.get(s).get(turn)), state[s]));
            }
            if (wave.isEmpty()) return Arrays.asList(out);
            List<Prediction> predicted = inBatches(model, lexicon, inputs, batchSize);
            for (int k = 0; k < wave.size(); k++) {
                int s = wave.get(k);
                out[sessions.get(s).get(turn)] = predicted.get(k);
                state[s] = DialogState.after(state[s], predicted.get(k).domain(), nonTask);
            }
        }
    }

    /**
     * The model's whole output for each example (every intent's probability, not only the best), in batches;
     * for models that read the utterance alone (no dialog state).
     */
    public static List<ModelOutput> outputs(NluModel model, EntityTagger lexicon, List<NluExample> examples, int batchSize) {
        if (model.meta().config().dialogState() != null || model.meta().config().contextChars() > 0) {
            throw new IllegalArgumentException("outputs() reads each utterance alone; this model reads the dialog before it");
        }
        boolean tags = model.meta().config().entityTags();
        List<ModelOutput> out = new ArrayList<>(examples.size());
        for (int b = 0; b < examples.size(); b += batchSize) {
            List<NluExample> ex = examples.subList(b, Math.min(examples.size(), b + batchSize));
            List<String> texts = ex.stream().map(NluExample::text).toList();
            out.addAll(model.predictBatch(texts, texts.stream().map(t -> tags ? lexicon.tag(t) : null).toList(),
                    ex.stream().map(NluExample::asr).toList()));
        }
        return out;
    }

    private static List<Prediction> inBatches(NluModel model, EntityTagger lexicon, List<NluExample> examples, int batchSize) {
        List<Prediction> out = new ArrayList<>(examples.size());
        boolean tags = model.meta().config().entityTags();
        int context = model.meta().config().contextChars();
        for (int b = 0; b < examples.size(); b += batchSize) {
            List<NluExample> ex = examples.subList(b, Math.min(examples.size(), b + batchSize));
            List<String> texts = ex.stream().map(e -> context > 0 ? ContextInput.combine(e.previousText(), e.text(), context) : e.text()).toList();
            List<ModelOutput> outs = model.predictBatch(texts, texts.stream().map(t -> tags ? lexicon.tag(t) : null).toList(),
                    ex.stream().map(NluExample::asr).toList());
            for (int i = 0; i < outs.size(); i++) {
                Prediction p = toPrediction(outs.get(i));
                if (context > 0) {
                    p = new Prediction(p.domain(), p.intent(),
                            ContextInput.onUtterance(p.slots(), ContextInput.offset(ex.get(i).previousText(), context)), p.rejectProb(), p.intentConfidence());
                }
                out.add(p);
            }
        }
        return out;
    }

    public static Prediction toPrediction(ModelOutput o) {
        return new Prediction(o.topDomain() == null ? null : o.topDomain().label(),
                o.topIntent() == null ? null : o.topIntent().label(), o.slots(), o.rejectProbability(),
                o.topIntent() == null ? Double.NaN : o.topIntent().probability());
    }
}
