package io.xiaobu.nlu.model;

/** Softmax and argmax over rows of flat logit arrays. */
final class Softmax {

    private Softmax() {
    }

    static double[] row(float[] logits, int row, int width) {
        double[] p = new double[width];
        int off = row * width;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < width; i++) max = Math.max(max, logits[off + i]);
        double sum = 0;
        for (int i = 0; i < width; i++) sum += p[i] = Math.exp(logits[off + i] - max);
        for (int i = 0; i < width; i++) p[i] /= sum;
        return p;
    }

    static int argmax(float[] v, int off, int width) {
        int best = 0;
        for (int i = 1; i < width; i++) if (v[off + i] > v[off + best]) best = i;
        return best;
    }
}
