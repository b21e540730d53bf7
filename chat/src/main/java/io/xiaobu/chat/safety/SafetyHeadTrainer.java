package io.xiaobu.chat.safety;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains a {@link SafetyHead}: class-balanced logistic regression with AdaGrad and L2 on the touched
 * weights. During training each example's embedding is dropped (replaced by the training mean) with
 * probability {@code embeddingDropout}, and its lexicon verdict with probability {@code lexiconDropout},
 * so the head still works without an embedding and on its own (no lexicon verdict).
 */
public final class SafetyHeadTrainer {

    /**
     * @param buckets          hashed n-gram weights (power of two)
     * @param maxN             longest char n-gram
     * @param epochs           passes over the training data
     * @param learningRate     AdaGrad base rate
     * @param l2               L2 penalty per update on the weights an example touches
     * @param embeddingDropout probability of training an example without its embedding
     * @param lexiconDropout   probability of training an example without its lexicon verdict
     * @param seed             shuffling and dropout seed
     */
    public record Options(int buckets, int maxN, int epochs, double learningRate, double l2, double embeddingDropout,
                          double lexiconDropout, long seed) {

        public static Options defaults() {
            return new Options(1 << 14, 3, 20, 0.2, 1e-5, 0.3, 0.5, 20261121L);
        }
    }

    /** One labelled text; {@code embedding} may be null; {@code lexiconHit} is the lexicon's category ({@code NONE}: no hit). */
    public record Sample(String text, boolean unsafe, float[] embedding, SafetyCategory lexiconHit) {
    }

    private final Options o;

    public SafetyHeadTrainer(Options options) {
        this.o = options;
    }

    public SafetyHead train(List<Sample> train, String backbone, Map<String, Object> info, Consumer<String> progress) {
        int dim = train.stream().filter(s -> s.embedding() != null).findFirst().map(s -> s.embedding().length).orElse(0);
        float[] mean = new float[dim], std = new float[dim];
        long withEmb = train.stream().filter(s -> s.embedding() != null && s.embedding().length == dim).count();
        for (Sample s : train) if (s.embedding() != null && s.embedding().length == dim) for (int j = 0; j < dim; j++) mean[j] += s.embedding()[j] / withEmb;
        for (Sample s : train) if (s.embedding() != null && s.embedding().length == dim) {
            for (int j = 0; j < dim; j++) std[j] += (float) Math.pow(s.embedding()[j] - mean[j], 2) / withEmb;
        }
        for (int j = 0; j < dim; j++) std[j] = (float) Math.max(1e-4, Math.sqrt(std[j]));
        CharNgrams grams = new CharNgrams(o.buckets(), o.maxN());
        int n = train.size();
        int[][] idx = new int[n][];
        float[][] emb = new float[n][];
        long positives = 0;
        for (int i = 0; i < n; i++) {
            Sample s = train.get(i);
            idx[i] = grams.indices(s.text());
            if (s.embedding() != null && s.embedding().length == dim) {
                emb[i] = new float[dim];
                for (int j = 0; j < dim; j++) emb[i][j] = SafetyHead.standardise(s.embedding()[j], mean[j], std[j]);
            }
            if (s.unsafe()) positives++;
        }
        double wPos = n / (2.0 * Math.max(1, positives)), wNeg = n / (2.0 * Math.max(1, n - positives));
        float[] nw = new float[o.buckets()], ew = new float[dim], lw = new float[SafetyCategory.values().length];
        double[] gn = new double[o.buckets()], ge = new double[dim], gl = new double[lw.length];
        double bias = 0, gb = 0;
        Random random = new Random(o.seed());
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        for (int epoch = 1; epoch <= o.epochs(); epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1), t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double loss = 0;
            for (int k : order) {
                boolean useEmb = emb[k] != null && random.nextDouble() >= o.embeddingDropout();
                SafetyCategory hit = train.get(k).lexiconHit();
                int lex = (hit == null || random.nextDouble() < o.lexiconDropout() ? SafetyCategory.NONE : hit).ordinal();
                double scale = CharNgrams.scale(idx[k].length);
                double z = bias + lw[lex];
                for (int b : idx[k]) z += nw[b] * scale;
                if (useEmb) for (int j = 0; j < dim; j++) z += ew[j] * emb[k][j];
                double p = SafetyHead.sigmoid(z);
                boolean y = train.get(k).unsafe();
                double cw = y ? wPos : wNeg;
                loss += -cw * Math.log(Math.max(1e-12, y ? p : 1 - p));
                double g = cw * (p - (y ? 1 : 0));
                gb += g * g;
                bias -= o.learningRate() * g / Math.sqrt(gb + 1e-8);
                if (lex != SafetyCategory.NONE.ordinal()) {
                    gl[lex] += g * g;
                    lw[lex] -= (float) (o.learningRate() * g / Math.sqrt(gl[lex] + 1e-8));
                }
                for (int b : idx[k]) {
                    double gi = g * scale + o.l2() * nw[b];
                    gn[b] += gi * gi;
                    nw[b] -= (float) (o.learningRate() * gi / Math.sqrt(gn[b] + 1e-8));
                }
                if (useEmb) {
                    for (int j = 0; j < dim; j++) {
                        double gj = g * emb[k][j] + o.l2() * ew[j];
                        ge[j] += gj * gj;
                        ew[j] -= (float) (o.learningRate() * gj / Math.sqrt(ge[j] + 1e-8));
                    }
                }
            }
            progress.accept(String.format(java.util.Locale.ROOT, "epoch %d/%d  balanced log-loss %.4f", epoch, o.epochs(), loss / n));
        }
        return new SafetyHead(new SafetyHead.Weights(2, o.buckets(), o.maxN(), mean, std, ew, nw, lw, bias, backbone, info));
    }
}
