package io.xiaobu.nlu.eval;

import io.xiaobu.nlu.data.EntityTagger;
import io.xiaobu.nlu.data.NluExample;
import io.xiaobu.nlu.model.ContextInput;
import io.xiaobu.nlu.model.ModelOutput;
import io.xiaobu.nlu.model.NluModel;

import java.util.ArrayList;
import java.util.List;

/** Runs a model over labelled examples (in batches) and turns its outputs into {@link Prediction}s. */
public final class ModelPredictions {

    private ModelPredictions() {
    }

    public static List<Prediction> of(NluModel model, EntityTagger lexicon, List<NluExample> examples, int batchSize) {
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
