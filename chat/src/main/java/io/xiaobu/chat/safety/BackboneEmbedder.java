package io.xiaobu.chat.safety;

import io.xiaobu.nlu.model.ModelOutput;
import io.xiaobu.nlu.model.NluModel;
import java.util.ArrayList;
import java.util.List;

/** The NLU model's sentence embedding (one backbone pass) as a {@link TextEmbedder}; batched for many texts. */
public final class BackboneEmbedder implements TextEmbedder {

    private final NluModel model;
    private final int batchSize;

    public BackboneEmbedder(NluModel model, int batchSize) {
        this.model = model;
        this.batchSize = Math.max(1, batchSize);
    }

    @Override
    public float[] embed(String text) {
        return model.predict(text).embedding();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i += batchSize) {
            for (ModelOutput o : model.predictBatch(texts.subList(i, Math.min(texts.size(), i + batchSize)), null, null)) {
                out.add(o.embedding());
            }
        }
        return out;
    }
}
