package io.xiaobu.chat.retrieval;

/** Turns a text into an L2-normalised dense vector; cosine similarity is then a dot product. */
public interface Embedder {

    int dimension();

    /** Never null; an all-zero vector for text without content. */
    float[] embed(String text);

    /** Embeds many texts; implementations with batched inference override this. */
    default float[][] embedAll(java.util.List<String> texts) {
        float[][] out = new float[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            out[i] = embed(texts.get(i));
        }
        return out;
    }

    static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
