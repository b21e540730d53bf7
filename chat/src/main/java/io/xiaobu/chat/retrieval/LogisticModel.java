package io.xiaobu.chat.retrieval;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Logistic regression over {@link Features}: the learned reranker whose output is the calibrated
 * probability that a candidate reply fits the query. Trained by full-batch gradient descent with L2.
 */
public final class LogisticModel {

    private final double[] weights;
    private final double bias;

    public LogisticModel(double[] weights, double bias) {
        this.weights = weights.clone();
        this.bias = bias;
    }

    /** A hand-set model used before any calibration exists: trusts post similarity only. */
    public static LogisticModel prior() {
        double[] w = new double[Features.SIZE];
        w[1] = 10;
        return new LogisticModel(w, -6);
    }

    /** The hand-set start for hybrid calibration: post similarity and the post's matching cosine. */
    public static LogisticModel hybridPrior() {
        double[] w = new double[Features.SIZE];
        w[1] = 10;
        w[8] = 4;
        return new LogisticModel(w, -8);
    }

    public double probability(double[] x) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Fits weights on labelled feature vectors. */
    public static LogisticModel fit(List<double[]> xs, List<Boolean> ys, int epochs, double learningRate, double l2) {
        int d = Features.SIZE;
        double[] w = new double[d];
        double b = 0;
        int n = xs.size();
        for (int epoch = 0; epoch < epochs && n > 0; epoch++) {
            double[] gw = new double[d];
            double gb = 0;
            for (int i = 0; i < n; i++) {
                double[] x = xs.get(i);
                double z = b;
                for (int j = 0; j < d; j++) {
                    z += w[j] * x[j];
                }
                double err = 1 / (1 + Math.exp(-z)) - (ys.get(i) ? 1 : 0);
                for (int j = 0; j < d; j++) {
                    gw[j] += err * x[j];
                }
                gb += err;
            }
            for (int j = 0; j < d; j++) {
                w[j] -= learningRate * (gw[j] / n + l2 * w[j]);
            }
            b -= learningRate * gb / n;
        }
        return new LogisticModel(w, b);
    }

    public Properties toProperties() {
        Properties p = new Properties();
        for (int i = 0; i < weights.length; i++) {
            p.setProperty("w." + Features.NAMES[i], Double.toString(weights[i]));
        }
        p.setProperty("bias", Double.toString(bias));
        return p;
    }

    public static LogisticModel fromProperties(Properties p) {
        double[] w = new double[Features.SIZE];
        for (int i = 0; i < w.length; i++) {
            w[i] = Double.parseDouble(p.getProperty("w." + Features.NAMES[i], "0"));
        }
        return new LogisticModel(w, Double.parseDouble(p.getProperty("bias", "0")));
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("bias=").append(String.format(Locale.ROOT, "%.2f", bias));
        for (int i = 0; i < weights.length; i++) {
            s.append(' ').append(Features.NAMES[i]).append('=').append(String.format(Locale.ROOT, "%.2f", weights[i]));
        }
        return s.toString();
    }

    double[] weights() {
        return Arrays.copyOf(weights, weights.length);
    }
}
