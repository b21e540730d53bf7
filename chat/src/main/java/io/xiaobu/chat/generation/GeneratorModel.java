package io.xiaobu.chat.generation;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * A loaded generator for decoding: encodes {@code [CLS] context [SEP]} once, then samples N replies in one
 * batch, one forward step per char, with the keys/values of earlier positions cached (exact under the UniLM
 * mask: the context never looks at the reply). Thread-safe: each call works in its own NDManager.
 */
public final class GeneratorModel implements Closeable {

    private final Model model;
    private final UniLmBlock block;
    private final GenVocab vocab;
    private final GeneratorSettings settings;
    private final SequenceEncoder encoder;

    private GeneratorModel(Model model, UniLmBlock block, GenVocab vocab, GeneratorSettings settings) {
        this.model = model;
        this.block = block;
        this.vocab = vocab;
        this.settings = settings;
        this.encoder = new SequenceEncoder(vocab, settings);
    }

    /** True when {@code dir} holds a saved generator. */
    public static boolean exists(Path dir) {
        return dir != null && Files.isRegularFile(dir.resolve(GeneratorSettings.FILE))
                && Files.isRegularFile(dir.resolve(GenVocab.FILE));
    }

    public static GeneratorModel load(Path dir) throws IOException {
        GeneratorSettings s = GeneratorSettings.load(dir);
        GenVocab vocab = GenVocab.load(dir);
        UniLmBlock block = new UniLmBlock(s, vocab.size());
        Model model = Model.newInstance(GeneratorTraining.MODEL_NAME, "PyTorch");
        model.setBlock(block);
        try {
            model.load(dir, GeneratorTraining.MODEL_NAME);
        } catch (MalformedModelException | RuntimeException e) {
            model.close();
            throw new IOException("cannot load the generator from " + dir, e);
        }
        return new GeneratorModel(model, block, vocab, s);
    }

    public GeneratorSettings settings() {
        return settings;
    }

    /**
     * Samples {@code n} replies to the context (oldest turn first, the post last). {@code onToken} is told the
     * step index each time a step's tokens are chosen (for first-token latency).
     */
    public List<GeneratedSample> sample(List<String> context, int n, Sampling s, Random random, IntConsumer onToken) {
        int[] prefix = encoder.prefix(context);
        int p = prefix.length;
        int v = vocab.size();
        int steps = Math.min(settings.maxReply() + 1, settings.maxLength() - p);
        int[][] out = new int[n][steps];
        int[] len = new int[n];
        double[] logProb = new double[n];
        boolean[] done = new boolean[n];
        List<Set<Integer>> used = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            used.add(new HashSet<>());
        }
        try (NDManager m = model.getNDManager().newSubManager()) {
            UniLmMath math = new UniLmMath(block, Parameter::getArray);
            long[] ids = new long[p];
            for (int i = 0; i < p; i++) {
                ids[i] = prefix[i];
            }
            UniLmMath.Encoded enc = math.encode(m.create(ids, new Shape(1, p)), m.zeros(new Shape(1, p), ai.djl.ndarray.types.DataType.INT64),
                    m.ones(new Shape(1, p, p)), 0, null);
            NDArray logits = math.logits(enc.hidden().get(new NDIndex(":, -1, :")));
            enc = new UniLmMath.Encoded(null, repeat(enc.keys(), n), repeat(enc.values(), n));
            for (int step = 0; step < steps; step++) {
                float[] lg = logits.toFloatArray();
                long[] next = new long[n];
                boolean all = true;
                for (int i = 0; i < n; i++) {
                    if (done[i]) {
                        next[i] = GenVocab.SEP;
                        continue;
                    }
                    int row = step == 0 ? 0 : i * v;
                    int token = CharSampler.sample(lg, row, v, s, used.get(i), len[i] >= s.minChars(), random);
                    logProb[i] += CharSampler.logProb(lg, row, v, token);
                    next[i] = token;
                    if (token == GenVocab.SEP) {
                        done[i] = true;
                    } else {
                        out[i][len[i]++] = token;
                        used.get(i).add(token);
                        all = false;
                    }
                }
                onToken.accept(step);
                if (all || step == steps - 1) {
                    break;
                }
                enc = math.encode(m.create(next, new Shape(n, 1)), m.ones(new Shape(n, 1), ai.djl.ndarray.types.DataType.INT64),
                        null, p + step, enc);
                logits = math.logits(enc.hidden().reshape(n, settings.dimension()));
            }
            List<GeneratedSample> samples = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int tokens = len[i] + (done[i] ? 1 : 0);
                samples.add(new GeneratedSample(vocab.decode(out[i], 0, len[i]), len[i],
                        tokens == 0 ? Double.NEGATIVE_INFINITY : logProb[i] / tokens, done[i]));
            }
            return samples;
        }
    }

    /**
     * Mean log-probability per token (end marker included) of each reply after the context, in one batched
     * forward; with an empty context this is the reply's likelihood "alone" (the denominator of IFD).
     */
    public double[] replyLogProb(List<String> context, List<String> replies) {
        double[] out = new double[replies.size()];
        if (replies.isEmpty()) {
            return out;
        }
        try (NDManager m = model.getNDManager().newSubManager()) {
            GenBatch b = new GenBatch(m, replies.stream().map(r -> encoder.encode(new GenExample(context, r, ""))).toList());
            UniLmMath math = new UniLmMath(block, Parameter::getArray);
            NDArray hidden = math.encode(b.inputs.get(0), b.inputs.get(1), b.inputs.get(2), 0, null).hidden();
            float[] nll = b.nll(math.selectedLogits(hidden, b.inputs.get(3))).toFloatArray();
            int k = 0;
            for (int i = 0; i < out.length; i++) {
                double sum = 0;
                for (int j = 0; j < b.counts[i]; j++) {
                    sum -= nll[k++];
                }
                out[i] = b.counts[i] == 0 ? Double.NEGATIVE_INFINITY : sum / b.counts[i];
            }
        }
        return out;
    }

    private static List<NDArray> repeat(List<NDArray> arrays, int n) {
        return arrays.stream().map(a -> n == 1 ? a : a.repeat(0, n)).toList();
    }

    @Override
    public void close() {
        model.close();
    }
}
