package io.xiaobu.chat.safety;

import java.util.ArrayList;
import java.util.List;

/** The shared backbone's sentence embedding of a text (e.g. {@code NluModel.predict(text).embedding()}). */
@FunctionalInterface
public interface TextEmbedder {

    float[] embed(String text);

    /** Embeddings of many texts; implementations backed by a batched model should override this. */
    default List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) out.add(embed(t));
        return out;
    }
}
