package io.xiaobu.nlu.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well confidences match how often their predictions are right: the predictions are put in equal-width
 * confidence bins, and each bin's mean confidence is compared with its accuracy. The expected calibration
 * error (ECE) is the average gap weighted by the bins' sizes; 0 means "of the predictions made at 80 %,
 * 80 % are right", at every level.
 *
 * @param bins one entry per confidence bin, lowest first (empty bins included, with {@code n} 0)
 * @param n    predictions scored
 */
public record Reliability(List<Bin> bins, int n) {

    /** One confidence bin: its range, how many predictions fell in it, their mean confidence and accuracy. */
    public record Bin(double from, double to, int n, double meanConfidence, double accuracy) {
    }

    public Reliability {
        bins = List.copyOf(bins);
    }

    /** Bins {@code confidence[i]} (clamped to 0..1; NaN skipped) with whether prediction {@code i} was right. */
    public static Reliability of(double[] confidence, boolean[] correct, int binCount) {
        if (confidence.length != correct.length) throw new IllegalArgumentException("confidences and outcomes differ in size");
        if (binCount < 1) throw new IllegalArgumentException("need at least one bin: " + binCount);
        int[] n = new int[binCount], right = new int[binCount];
        double[] sum = new double[binCount];
        int total = 0;
        for (int i = 0; i < confidence.length; i++) {
            if (Double.isNaN(confidence[i])) continue;
            double c = Math.max(0, Math.min(1, confidence[i]));
            int b = Math.min(binCount - 1, (int) (c * binCount));
            n[b]++;
            sum[b] += c;
            if (correct[i]) right[b]++;
            total++;
        }
        List<Bin> bins = new ArrayList<>(binCount);
        for (int b = 0; b < binCount; b++) {
            bins.add(new Bin((double) b / binCount, (double) (b + 1) / binCount, n[b],
                    n[b] == 0 ? Double.NaN : sum[b] / n[b], n[b] == 0 ? Double.NaN : (double) right[b] / n[b]));
        }
        return new Reliability(bins, total);
    }

    /** Expected calibration error: Σ over bins of (bin size / n) · |accuracy − mean confidence|; NaN with no predictions. */
    public double ece() {
        if (n == 0) return Double.NaN;
        double e = 0;
        for (Bin b : bins) if (b.n() > 0) e += (double) b.n() / n * Math.abs(b.accuracy() - b.meanConfidence());
        return e;
    }

    /** Mean confidence minus accuracy over all predictions: above 0 over-confident, below 0 under-confident. */
    public double overconfidence() {
        if (n == 0) return Double.NaN;
        double conf = 0, acc = 0;
        for (Bin b : bins) {
            if (b.n() == 0) continue;
            conf += b.meanConfidence() * b.n();
            acc += b.accuracy() * b.n();
        }
        return (conf - acc) / n;
    }

    /** The reliability table: one line per non-empty bin. */
    public String format() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-12s %6s %10s %9s%n", "confidence", "n", "mean conf", "accuracy"));
        for (Bin b : bins) {
            if (b.n() == 0) continue;
            sb.append(String.format(Locale.ROOT, "%.2f-%.2f    %6d %10.3f %9.3f%n", b.from(), b.to(), b.n(), b.meanConfidence(), b.accuracy()));
        }
        sb.append(String.format(Locale.ROOT, "ECE %.4f, mean confidence - accuracy %+.4f (n %d)%n", ece(), overconfidence(), n));
        return sb.toString();
    }
}
