package io.xiaobu.chat.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains a {@link MatchingProjection} on (post, reply) pairs of precomputed backbone embeddings with
 * in-batch negatives: every other reply of the batch is a negative for a post and vice versa (symmetric
 * softmax cross-entropy over scaled cosines), Adam, and an L2 pull towards the identity start so the
 * backbone's geometry is kept where the pairs say nothing. Plain Java: 2 × 128×128 weights train in seconds.
 */
public final class MatchingTrainer {

    /**
     * @param epochs    passes over the training pairs
     * @param batchSize pairs per batch (batch − 1 in-batch negatives each)
     * @param learningRate Adam step
     * @param scale     cosine multiplier (inverse temperature)
     * @param l2        pull of the weights towards the identity
     * @param heldOut   share of pairs kept out to report recall@1 among 100
     * @param seed      shuffling seed
     */
    public record Settings(int epochs, int batchSize, double learningRate, double scale, double l2, double heldOut,
                           long seed) {
        public static Settings defaults() {
            return new Settings(20, 256, 1e-3, 20, 1e-4, 0.05, 20261121L);
        }
    }

    /** The trained projection, its per-epoch mean training loss and held-out recall@1 among 100 (before / after). */
    public record Result(MatchingProjection projection, List<Double> epochLoss, double heldOutRecallBefore,
                         double heldOutRecallAfter, int trainPairs, int heldOutPairs) {
    }

    private final Settings settings;

    public MatchingTrainer(Settings settings) {
        this.settings = settings;
    }

    /** @param posts backbone embeddings of the posts; @param replies of their replies (same order, same dimension) */
    public Result train(List<float[]> posts, List<float[]> replies, Consumer<String> progress) {
        int n = Math.min(posts.size(), replies.size());
        if (n < 2) {
            throw new IllegalArgumentException("need at least 2 pairs, got " + n);
        }
        int d = posts.getFirst().length;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Random random = new Random(settings.seed());
        Collections.shuffle(order, random);
        int held = n >= 200 ? (int) Math.round(n * settings.heldOut()) : 0;
        List<Integer> test = order.subList(0, held);
        List<Integer> train = new ArrayList<>(order.subList(held, n));
        Adam q = new Adam(MatchingProjection.identity(d).queryWeights(), settings);
        Adam r = new Adam(MatchingProjection.identity(d).replyWeights(), settings);
        double before = recallAt1(MatchingProjection.identity(d), posts, replies, test);
        List<Double> losses = new ArrayList<>();
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            Collections.shuffle(train, random);
            double sum = 0;
            int batches = 0;
            for (int start = 0; start + 1 < train.size(); start += settings.batchSize()) {
                List<Integer> batch = train.subList(start, Math.min(train.size(), start + settings.batchSize()));
                sum += step(q, r, posts, replies, batch);
                batches++;
            }
            losses.add(sum / Math.max(1, batches));
            progress.accept(String.format(Locale.ROOT, "epoch %d/%d  loss %.4f", epoch, settings.epochs(), losses.getLast()));
        }
        MatchingProjection p = new MatchingProjection(q.w, r.w);
        double after = recallAt1(p, posts, replies, test);
        return new Result(p, losses, before, after, train.size(), test.size());
    }

    private double step(Adam qa, Adam ra, List<float[]> posts, List<float[]> replies, List<Integer> batch) {
        int b = batch.size();
        Side u = Side.forward(qa.w, batch.stream().map(posts::get).toList());
        Side v = Side.forward(ra.w, batch.stream().map(replies::get).toList());
        double s = settings.scale();
        double[][] logits = new double[b][b];
        for (int i = 0; i < b; i++) {
            for (int j = 0; j < b; j++) {
                logits[i][j] = s * dot(u.unit[i], v.unit[j]);
            }
        }
        double[][] rowP = softmaxRows(logits, false);
        double[][] colP = softmaxRows(logits, true);
        double loss = 0;
        double[][] g = new double[b][b];
        for (int i = 0; i < b; i++) {
            loss -= Math.log(Math.max(1e-12, rowP[i][i])) + Math.log(Math.max(1e-12, colP[i][i]));
            for (int j = 0; j < b; j++) {
                g[i][j] = s * (rowP[i][j] + colP[i][j] - (i == j ? 2 : 0)) / (2.0 * b);
            }
        }
        double[][] du = new double[b][];
        double[][] dv = new double[b][];
        for (int i = 0; i < b; i++) {
            du[i] = new double[u.unit[i].length];
            dv[i] = new double[v.unit[i].length];
        }
        for (int i = 0; i < b; i++) {
            for (int j = 0; j < b; j++) {
                axpy(g[i][j], v.unit[j], du[i]);
                axpy(g[i][j], u.unit[i], dv[j]);
            }
        }
        qa.update(u.weightGradient(du));
        ra.update(v.weightGradient(dv));
        return loss / (2.0 * b);
    }

    /** Share of held-out posts whose own reply scores highest among it and 99 other held-out replies. */
    static double recallAt1(MatchingProjection p, List<float[]> posts, List<float[]> replies, List<Integer> ids) {
        if (ids.size() < 2) {
            return Double.NaN;
        }
        int hits = 0;
        for (int k = 0; k < ids.size(); k++) {
            float[] q = p.query(posts.get(ids.get(k)));
            double truth = dot(q, p.reply(replies.get(ids.get(k))));
            boolean best = true;
            for (int m = 1; m < Math.min(100, ids.size()) && best; m++) {
                best = dot(q, p.reply(replies.get(ids.get((k + m) % ids.size())))) < truth;
            }
            hits += best ? 1 : 0;
        }
        return hits / (double) ids.size();
    }

    private static double[][] softmaxRows(double[][] x, boolean transpose) {
        int b = x.length;
        double[][] out = new double[b][b];
        for (int i = 0; i < b; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < b; j++) {
                max = Math.max(max, transpose ? x[j][i] : x[i][j]);
            }
            double sum = 0;
            for (int j = 0; j < b; j++) {
                double e = Math.exp((transpose ? x[j][i] : x[i][j]) - max);
                if (transpose) {
                    out[j][i] = e;
                } else {
                    out[i][j] = e;
                }
                sum += e;
            }
            for (int j = 0; j < b; j++) {
                if (transpose) {
                    out[j][i] /= sum;
                } else {
                    out[i][j] /= sum;
                }
            }
        }
        return out;
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void axpy(double a, float[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    /** One side's forward pass (linear map, L2 norm) and its gradient back to the weights. */
    private record Side(List<float[]> inputs, float[][] unit, double[] norms) {

        static Side forward(float[][] w, List<float[]> inputs) {
            float[][] unit = new float[inputs.size()][];
            double[] norms = new double[inputs.size()];
            for (int k = 0; k < inputs.size(); k++) {
                float[] x = inputs.get(k);
                float[] a = new float[w.length];
                double norm = 0;
                for (int o = 0; o < w.length; o++) {
                    double s = 0;
                    for (int i = 0; i < x.length; i++) {
                        s += w[o][i] * x[i];
                    }
                    a[o] = (float) s;
                    norm += s * s;
                }
                norms[k] = Math.max(1e-6, Math.sqrt(norm));
                for (int o = 0; o < a.length; o++) {
                    a[o] /= (float) norms[k];
                }
                unit[k] = a;
            }
            return new Side(inputs, unit, norms);
        }

        /** dL/dW from dL/d(unit vectors): through the normalisation ({@code (g − u(u·g)) / |a|}), then the outer product with the input. */
        double[][] weightGradient(double[][] dUnit) {
            int out = unit[0].length;
            int in = inputs.getFirst().length;
            double[][] gw = new double[out][in];
            for (int k = 0; k < unit.length; k++) {
                double ug = 0;
                for (int o = 0; o < out; o++) {
                    ug += unit[k][o] * dUnit[k][o];
                }
                float[] x = inputs.get(k);
                for (int o = 0; o < out; o++) {
                    double da = (dUnit[k][o] - unit[k][o] * ug) / norms[k];
                    for (int i = 0; i < in; i++) {
                        gw[o][i] += da * x[i];
                    }
                }
            }
            return gw;
        }
    }

    /** Adam over one weight matrix with an L2 pull towards the identity. */
    private static final class Adam {
        final float[][] w;
        private final double[][] m;
        private final double[][] v;
        private final Settings s;
        private int t;

        Adam(float[][] w, Settings s) {
            this.w = w;
            this.m = new double[w.length][w[0].length];
            this.v = new double[w.length][w[0].length];
            this.s = s;
        }

        void update(double[][] g) {
            t++;
            double c1 = 1 - Math.pow(0.9, t);
            double c2 = 1 - Math.pow(0.999, t);
            for (int o = 0; o < w.length; o++) {
                for (int i = 0; i < w[o].length; i++) {
                    double grad = g[o][i] + s.l2() * (w[o][i] - (o == i ? 1 : 0));
                    m[o][i] = 0.9 * m[o][i] + 0.1 * grad;
                    v[o][i] = 0.999 * v[o][i] + 0.001 * grad * grad;
                    w[o][i] -= (float) (s.learningRate() * (m[o][i] / c1) / (Math.sqrt(v[o][i] / c2) + 1e-8));
                }
            }
        }
    }
}
