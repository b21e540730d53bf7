package io.xiaobu.nlu.eval;

import io.xiaobu.nlu.data.EntityTagger;
import io.xiaobu.nlu.data.NluExample;
import io.xiaobu.nlu.model.ContextInput;
import io.xiaobu.nlu.model.DialogState;
import io.xiaobu.nlu.model.ModelOutput;
import io.xiaobu.nlu.model.NluModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

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
     * second turns with the state the model's own understanding of the first ones left, and so on.
     */
    private static List<Prediction> turnByTurn(NluModel model, EntityTagger lexicon, List<NluExample> examples, int batchSize,
                                               String nonTask) {
        Map<String, List<Integer>> sessions = new LinkedHashMap<>();
        for (int i = 0; i < examples.size(); i++) sessions.computeIfAbsent(examples.get(i).group(), g -> new ArrayList<>()).add(i);
        Map<String, String> state = new HashMap<>();
        Prediction[] out = new Prediction[examples.size()];
        for (int turn = 0; ; turn++) {
            List<Integer> wave = new ArrayList<>();
            List<NluExample> inputs = new ArrayList<>();
            for (Map.Entry<String, List<Integer>> s : sessions.entrySet()) {
                if (turn >= s.getValue().size()) continue;
                int i = s.getValue().get(turn);
                wave.add(i);
                inputs.add(DialogState.withState(examples.get(i), state.getOrDefault(s.getKey(), DialogState.NONE)));
            }
            if (wave.isEmpty()) return Arrays.asList(out);
            List<Prediction> predicted = inBatches(model, lexicon, inputs, batchSize);
            for (int k = 0; k < wave.size(); k++) {
                NluExample e = examples.get(wave.get(k));
                out[wave.get(k)] = predicted.get(k);
                state.put(e.group(), DialogState.after(state.getOrDefault(e.group(), DialogState.NONE), predicted.get(k).domain(), nonTask));
            }
        }
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
                            ContextInput.onUtterance(p.slots(), ContextInput.offset(ex.get(i).previousText(), context)), p.rejectProb());
                }
                out.add(p);
            }
        }
        return out;
    }

    public static Prediction toPrediction(ModelOutput o) {
        return new Prediction(o.topDomain() == null ? null : o.topDomain().label(),
                o.topIntent() == null ? null : o.topIntent().label(), o.slots(), o.rejectProbability());
    }
}
