package io.xiaobu.chat.encoder;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.translate.NoopTranslator;
import io.xiaobu.chat.retrieval.Embedder;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/** The trained dual encoder as an {@link Embedder}. Not thread-safe (one predictor): one instance per thread. */
public final class DualEncoderEmbedder implements Embedder, Closeable {

    static final String MODEL_NAME = "chat-dual-encoder";
    static final String CONFIG_FILE = "encoder.properties";

    private final Model model;
    private final Predictor<NDList, NDList> predictor;
    private final CharTokenizer tokenizer;
    private final int dimension;

    private DualEncoderEmbedder(Model model, CharTokenizer tokenizer, int dimension) {
        this.model = model;
        this.predictor = model.newPredictor(new NoopTranslator());
        this.tokenizer = tokenizer;
        this.dimension = dimension;
    }

    /** Loads a model saved by {@link DualEncoderTrainer}. */
    public static DualEncoderEmbedder load(Path dir) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve(CONFIG_FILE))) {
            p.load(r);
        }
        CharTokenizer tokenizer = CharTokenizer.load(dir);
        int dimension = Integer.parseInt(p.getProperty("dimension"));
        Model model = Model.newInstance(MODEL_NAME, "PyTorch");
        model.setBlock(new DualEncoderBlock(tokenizer.vocabularySize(), dimension));
        try {
            model.load(dir, MODEL_NAME);
        } catch (MalformedModelException e) {
            model.close();
            throw new IOException("bad chat encoder in " + dir, e);
        }
        return new DualEncoderEmbedder(model, tokenizer, dimension);
    }

    static NDList inputs(NDManager m, CharTokenizer tokenizer, List<String> texts) {
        int len = tokenizer.maxLength();
        long[] ids = new long[texts.size() * len];
        float[] mask = new float[texts.size() * len];
        for (int i = 0; i < texts.size(); i++) {
            long[] t = tokenizer.encode(texts.get(i));
            for (int j = 0; j < len; j++) {
                ids[i * len + j] = t[j];
                mask[i * len + j] = t[j] == 0 ? 0f : 1f;
            }
        }
        ai.djl.ndarray.types.Shape shape = new ai.djl.ndarray.types.Shape(texts.size(), len);
        return new NDList(m.create(ids, shape), m.create(mask, shape));
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public float[] embed(String text) {
        return embedAll(List.of(text == null ? "" : text))[0];
    }

    @Override
    public float[][] embedAll(List<String> texts) {
        float[][] out = new float[texts.size()][];
        for (int start = 0; start < texts.size(); start += 256) {
            float[][] part = embedBatch(texts.subList(start, Math.min(texts.size(), start + 256)));
            System.arraycopy(part, 0, out, start, part.length);
        }
        return out;
    }

    private float[][] embedBatch(List<String> texts) {
        try (NDManager m = model.getNDManager().newSubManager()) {
            NDArray out = predictor.predict(inputs(m, tokenizer, texts)).singletonOrThrow();
            float[] flat = out.toFloatArray();
            float[][] rows = new float[texts.size()][dimension];
            for (int i = 0; i < texts.size(); i++) {
                System.arraycopy(flat, i * dimension, rows[i], 0, dimension);
            }
            return rows;
        } catch (ai.djl.translate.TranslateException e) {
            throw new IllegalStateException("chat encoder inference failed", e);
        }
    }

    @Override
    public void close() {
        predictor.close();
        model.close();
    }
}
