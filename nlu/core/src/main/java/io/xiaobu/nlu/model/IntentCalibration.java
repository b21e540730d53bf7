package io.xiaobu.nlu.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Temperature scaling of the intent probabilities: {@code p'_i ∝ p_i^(1/T)}, one number fitted on held-out
 * data by maximum likelihood. T above 1 softens an over-confident model, below 1 sharpens an under-confident
 * one; the ranking of intents never changes, so accuracy does not either. The probabilities it scales are the
 * model's final ones (ensemble average and n-gram mix included), so it fits any model folder. Saved as
 * {@value #FILE} in the model folder and applied by {@link NluModel} when present.
 *
 * @param temperature the fitted T (1 = unchanged)
 * @param facts       how it was fitted (data, n, negative log-likelihood and ECE before and after), for the model card
 */
public record IntentCalibration(double temperature, Map<String, Object> facts) {

    public static final String FILE = "calibration.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Probabilities are floored here before taking logs (a mixed-in zero must not become −∞). */
    private static final double FLOOR = 1e-12;
    private static final double MIN_T = 0.25, MAX_T = 8;

    public IntentCalibration {
        if (!(temperature >= MIN_T && temperature <= MAX_T)) {
            throw new IllegalArgumentException("temperature must be within " + MIN_T + ".." + MAX_T + ": " + temperature);
        }
        facts = facts == null ? Map.of() : java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(facts));
    }

    /** No scaling. */
    public static final IntentCalibration NONE = new IntentCalibration(1, Map.of());

    /** A copy of {@code p} scaled by this temperature (sums to 1 again). */
    public double[] apply(double[] p) {
        return scale(p, temperature);
    }

    static double[] scale(double[] p, double t) {
        double[] out = new double[p.length];
        if (t == 1) {
            System.arraycopy(p, 0, out, 0, p.length);
            return out;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.length; i++) max = Math.max(max, out[i] = Math.log(Math.max(FLOOR, p[i])) / t);
        double sum = 0;
        for (int i = 0; i < p.length; i++) sum += out[i] = Math.exp(out[i] - max);
        for (int i = 0; i < p.length; i++) out[i] /= sum;
        return out;
    }

    /** Mean negative log-likelihood of the gold labels under {@code probs} scaled by {@code t}. */
    public static double nll(List<double[]> probs, int[] gold, double t) {
        if (probs.size() != gold.length) throw new IllegalArgumentException("probabilities and labels differ in size");
        if (gold.length == 0) return Double.NaN;
        double sum = 0;
        for (int i = 0; i < gold.length; i++) sum -= Math.log(Math.max(FLOOR, scale(probs.get(i), t)[gold[i]]));
        return sum / gold.length;
    }

    /**
     * The temperature in [{@value #MIN_T}, {@value #MAX_T}] with the least negative log-likelihood of the gold
     * labels (golden-section search on log T; the likelihood is unimodal in T for a fixed set of logits).
     *
     * @param probs one intent distribution per held-out utterance
     * @param gold  the index of each utterance's gold intent in its distribution
     */
    public static double fitTemperature(List<double[]> probs, int[] gold) {
        if (gold.length == 0) throw new IllegalArgumentException("no held-out utterances to fit a temperature on");
        double phi = (Math.sqrt(5) - 1) / 2;
        double a = Math.log(MIN_T), b = Math.log(MAX_T);
        double c = b - phi * (b - a), d = a + phi * (b - a);
        double fc = nll(probs, gold, Math.exp(c)), fd = nll(probs, gold, Math.exp(d));
        for (int it = 0; it < 40 && b - a > 1e-4; it++) {
            if (fc <= fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - phi * (b - a);
                fc = nll(probs, gold, Math.exp(c));
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + phi * (b - a);
                fd = nll(probs, gold, Math.exp(d));
            }
        }
        return Math.exp((a + b) / 2);
    }

    /** Writes {@value #FILE} into the model folder {@code dir}. */
    public void save(Path dir) throws IOException {
        JSON.writeValue(dir.resolve(FILE).toFile(), this);
    }

    /** The calibration saved in the model folder {@code dir}, or {@link #NONE} when it has none. */
    public static IntentCalibration load(Path dir) throws IOException {
        Path f = dir.resolve(FILE);
        return Files.isRegularFile(f) ? JSON.readValue(f.toFile(), IntentCalibration.class) : NONE;
    }
}
