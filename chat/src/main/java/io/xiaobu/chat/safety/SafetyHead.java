package io.xiaobu.chat.safety;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The learned safety head: a logistic regression over the shared backbone's sentence embedding
 * (standardised with the training mean and deviation), hashed character n-grams and the lexicon's
 * verdict (which category it hit, if any), giving P(unsafe) for one text. It learns how far to trust
 * a lexicon hit in its context. Immutable and thread-safe; scoring allocates one small index array.
 * Without an embedding the embedding part contributes nothing (the training mean), which the head
 * was trained to cope with (embedding dropout).
 */
public final class SafetyHead {

    /** File name inside the model folder ({@code models/safety}). */
    public static final String FILE = "safety-head.json";

    /** What is stored on disk (JSON). */
    record Weights(int version, int buckets, int maxN, float[] embeddingMean, float[] embeddingStd, float[] embeddingWeights,
                   float[] ngramWeights, float[] lexiconWeights, double bias, String backbone, Map<String, Object> info) {
    }

    private final Weights w;
    private final CharNgrams ngrams;

    SafetyHead(Weights w) {
        if (w.embeddingMean().length != w.embeddingWeights().length || w.embeddingStd().length != w.embeddingWeights().length
                || w.ngramWeights().length != w.buckets() || w.lexiconWeights().length != SafetyCategory.values().length) {
            throw new IllegalArgumentException("inconsistent safety head weights");
        }
        this.w = w;
        this.ngrams = new CharNgrams(w.buckets(), w.maxN());
    }

    /** Loads {@code dir/safety-head.json}; empty when the file is absent. */
    public static Optional<SafetyHead> load(Path dir) throws IOException {
        Path f = dir == null ? null : dir.resolve(FILE);
        if (f == null || !Files.isRegularFile(f)) return Optional.empty();
        return Optional.of(new SafetyHead(new ObjectMapper().readValue(f.toFile(), Weights.class)));
    }

    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve(FILE).toFile(), w);
    }

    /** Embedding size the head expects (the backbone's). */
    public int embeddingDim() {
        return w.embeddingWeights().length;
    }

    /** Which backbone produced the training embeddings, e.g. {@code models/nlu/smp}. */
    public String backbone() {
        return w.backbone();
    }

    public Map<String, Object> info() {
        return w.info() == null ? Map.of() : new LinkedHashMap<>(w.info());
    }

    /** P(unsafe) of a cleaned text without a lexicon verdict (the head alone). */
    public double unsafeProbability(String text, float[] embedding) {
        return unsafeProbability(text, embedding, SafetyCategory.NONE);
    }

    /**
     * P(unsafe) of a cleaned text. {@code embedding} may be null or of the wrong size: then only the
     * n-grams and the lexicon verdict speak. {@code lexiconHit}: the category the lexicon matched
     * ({@link SafetyCategory#NONE} or null when none).
     */
    public double unsafeProbability(String text, float[] embedding, SafetyCategory lexiconHit) {
        return sigmoid(logit(text, embedding, lexiconHit));
    }

    double logit(String text, float[] embedding, SafetyCategory lexiconHit) {
        double z = w.bias() + w.lexiconWeights()[(lexiconHit == null ? SafetyCategory.NONE : lexiconHit).ordinal()];
        int[] idx = ngrams.indices(text);
        double s = CharNgrams.scale(idx.length);
        float[] nw = w.ngramWeights();
        for (int i : idx) z += nw[i] * s;
        if (embedding != null && embedding.length == embeddingDim()) {
            float[] mean = w.embeddingMean(), std = w.embeddingStd(), ew = w.embeddingWeights();
            for (int j = 0; j < ew.length; j++) z += ew[j] * standardise(embedding[j], mean[j], std[j]);
        }
        return z;
    }

    /**
     * One embedding component in training standard deviations, clipped to ±{@value #CLIP}: an embedding
     * unlike any seen in training (another backbone, a degenerate vector) cannot swing the head on its own.
     */
    static float standardise(float x, float mean, float std) {
        return Math.max(-CLIP, Math.min(CLIP, (x - mean) / std));
    }

    static final float CLIP = 4f;

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    Weights weights() {
        return w;
    }
}
