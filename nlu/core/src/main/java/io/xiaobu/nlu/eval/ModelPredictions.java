package io.xiaobu.nlu.eval;

import io.xiaobu.nlu.data.EntityLexicon;
import io.xiaobu.nlu.data.NluExample;
import io.xiaobu.nlu.model.ModelOutput;
import io.xiaobu.nlu.model.NluModel;

import java.util.ArrayList;
import java.util.List;

/** Runs a model over labelled examples (in batches) and turns its outputs into {@link Prediction}s. */
public final class ModelPredictions {

    private ModelPredictions() {
    }

    public static List<Prediction> of(NluModel model, EntityLexicon lexicon, List<NluExample> examples, int batchSize) {
        List<Prediction> out = new ArrayList<>(examples.size());
        boolean tags = model.meta().config().entityTags();
        for (int b = 0; b < examples.size(); b += batchSize) {
            List<NluExample> ex = examples.subList(b, Math.min(examples.size(), b + batchSize));
            List<ModelOutput> outs = model.predictBatch(ex.stream().map(NluExample::text).toList(),
                    ex.stream().map(e -> tags ? lexicon.tag(e.text()) : null).toList(),
                    ex.stream().map(NluExample::asr).toList());
            for (ModelOutput o : outs) out.add(toPrediction(o));
        }
        return out;
    }

    public static Prediction toPrediction(ModelOutput o) {
        return new Prediction(o.topDomain() == null ? null : o.topDomain().label(),
                o.topIntent() == null ? null : o.topIntent().label(), o.slots(), o.rejectProbability());
    }
}
