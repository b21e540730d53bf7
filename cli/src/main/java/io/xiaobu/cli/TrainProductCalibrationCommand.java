package io.xiaobu.cli;

import io.xiaobu.nlu.data.NluExample;
import io.xiaobu.nlu.eval.EvalReport;
import io.xiaobu.nlu.eval.ModelPredictions;
import io.xiaobu.nlu.eval.Reliability;
import io.xiaobu.nlu.eval.ReliabilityDiagram;
import io.xiaobu.nlu.model.IntentCalibration;
import io.xiaobu.nlu.model.ModelOutput;
import io.xiaobu.nlu.model.NluModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code xiaobu train product-calibration}: fits the temperature that makes the product model's intent
 * confidences honest ({@link IntentCalibration}) on the held-out part of its data, and writes it into the
 * model folder. Before saving it shows what calibration does on data the temperature was not fitted on: the
 * held-out utterances are split in two halves by a hash of their id, a temperature is fitted on each half and
 * scored on the other.
 */
@Command(name = "product-calibration", mixinStandardHelpOptions = true,
        description = "Fit the temperature of the product model's intent probabilities on its held-out data (maximum likelihood) and save it as calibration.json in the model folder.")
public final class TrainProductCalibrationCommand implements Callable<Integer> {

    @Mixin
    ProductDataOptions data;

    @Option(names = "--model", description = "model folder (default: models/nlu/product of this repository)")
    Path model;

    @Option(names = "--dry-run", description = "report only; do not write calibration.json")
    boolean dryRun;

    @Option(names = "--svg", description = "also draw the reliability diagram (held-out, cross-fitted: before vs after) to this SVG file")
    Path svg;

    @Mixin
    GraphTagOptions graph;

    /** Held-out distributions over the model's intents, with the gold intent's index. */
    private record Scored(List<double[]> probs, int[] gold) {
    }

    @Override
    public Integer call() throws Exception {
        Path dir = model != null ? model : EvalNluCommand.committedModel("product");
        List<NluExample> dev = data.build().dev();
        Scored a, b, all;
        try (NluModel m = NluModel.load(dir, NluModel.DEFAULT_SLOT_DECODING, null, 1.0);
             GraphTagOptions.Tagging tagging = graph.openFor(m.meta())) {
            System.out.println("entity tags: " + tagging.source());
            List<String> intents = m.meta().intents();
            List<NluExample> labelled = dev.stream().filter(e -> e.intent() != null && intents.contains(e.intent())).toList();
            List<ModelOutput> outs = ModelPredictions.outputs(m, tagging.tagger(), labelled, 64);
            List<double[]> probsA = new ArrayList<>(), probsB = new ArrayList<>(), probsAll = new ArrayList<>();
            List<Integer> goldA = new ArrayList<>(), goldB = new ArrayList<>(), goldAll = new ArrayList<>();
            for (int i = 0; i < labelled.size(); i++) {
                double[] p = new double[intents.size()];
                for (ModelOutput.Scored s : outs.get(i).intents()) p[intents.indexOf(s.label())] = s.probability();
                int g = intents.indexOf(labelled.get(i).intent());
                boolean firstHalf = Math.floorMod(labelled.get(i).id().hashCode(), 2) == 0;
                (firstHalf ? probsA : probsB).add(p);
                (firstHalf ? goldA : goldB).add(g);
                probsAll.add(p);
                goldAll.add(g);
            }
            a = new Scored(probsA, goldA.stream().mapToInt(Integer::intValue).toArray());
            b = new Scored(probsB, goldB.stream().mapToInt(Integer::intValue).toArray());
            all = new Scored(probsAll, goldAll.stream().mapToInt(Integer::intValue).toArray());
            System.out.printf("model %s: %d held-out utterances with a product intent (halves %d / %d)%n", dir, labelled.size(),
                    a.gold().length, b.gold().length);
        }
        double tA = IntentCalibration.fitTemperature(a.probs(), a.gold());
        double tB = IntentCalibration.fitTemperature(b.probs(), b.gold());
        System.out.printf(Locale.ROOT, "%nfitted on half A: T = %.3f, scored on half B:%n", tA);
        report(b, 1, tA, reliability(b, 1), reliability(b, tA));
        System.out.printf(Locale.ROOT, "%nfitted on half B: T = %.3f, scored on half A:%n", tB);
        report(a, 1, tB, reliability(a, 1), reliability(a, tB));
        // each utterance scored by the temperature fitted on the other half: the honest overall figure
        Reliability pooledBefore = reliability(List.of(a, b), new double[]{1, 1}), pooledAfter = reliability(List.of(a, b), new double[]{tB, tA});
        double eceBefore = pooledBefore.ece(), eceAfter = pooledAfter.ece();
        if (svg != null) {
            List<ReliabilityDiagram.Series> series = List.of(
                    new ReliabilityDiagram.Series("as computed", pooledBefore, "#c0392b"),
                    new ReliabilityDiagram.Series("temperature-scaled (fitted on the other half)", pooledAfter, "#2471a3"));
            if (svg.toAbsolutePath().getParent() != null) java.nio.file.Files.createDirectories(svg.toAbsolutePath().getParent());
            java.nio.file.Files.writeString(svg, ReliabilityDiagram.svg("Product model: intent confidence vs accuracy (held-out)", series));
            System.out.println("wrote " + svg);
        }
        double t = IntentCalibration.fitTemperature(all.probs(), all.gold());
        System.out.printf(Locale.ROOT, "%nboth halves pooled, each scaled by the other's temperature: ECE %.4f -> %.4f%nfitted on all %d: T = %.3f%n",
                eceBefore, eceAfter, all.gold().length, t);
        System.out.println("\nthresholds on the uncalibrated scale and the calibrated value that splits the held-out utterances most alike:");
        double[][] top = topTwo(all, 1), topCal = topTwo(all, t);
        for (double theta : new double[]{0.35, 0.5, 0.8}) {
            System.out.printf(Locale.ROOT, "  best intent >= %.2f  ~  calibrated >= %.3f%n", theta, matching(top[0], topCal[0], theta));
        }
        for (double gap : new double[]{0.05, 0.1}) {
            System.out.printf(Locale.ROOT, "  best - runner-up >= %.2f  ~  calibrated >= %.3f%n", gap, matching(top[1], topCal[1], gap));
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("fittedOn", "held-out part of the product data (train product-nlu's dev: held-out skill samples, mapped public dev splits)");
        facts.put("n", all.gold().length);
        facts.put("nllBefore", round(IntentCalibration.nll(all.probs(), all.gold(), 1)));
        facts.put("nllAfter", round(IntentCalibration.nll(all.probs(), all.gold(), t)));
        facts.put("crossFittedEceBefore", round(eceBefore));
        facts.put("crossFittedEceAfter", round(eceAfter));
        facts.put("halfTemperatures", List.of(round(tA), round(tB)));
        facts.put("fittedAt", java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        IntentCalibration calibration = new IntentCalibration(round(t), facts);
        if (dryRun) {
            System.out.println("dry run: " + calibration);
        } else {
            calibration.save(dir);
            System.out.println("wrote " + dir.resolve(IntentCalibration.FILE));
        }
        return 0;
    }

    private static void report(Scored s, double before, double after, Reliability r0, Reliability r1) {
        System.out.printf(Locale.ROOT, "  NLL %.4f -> %.4f   ECE %.4f -> %.4f%n", IntentCalibration.nll(s.probs(), s.gold(), before),
                IntentCalibration.nll(s.probs(), s.gold(), after), r0.ece(), r1.ece());
        System.out.print(r1.format().indent(2));
    }

    /** Reliability of the top intent's probability after scaling by {@code t}. */
    private static Reliability reliability(Scored s, double t) {
        return reliability(List.of(s), new double[]{t});
    }

    /** Reliability over several sets of utterances, each scaled by its own temperature, pooled. */
    private static Reliability reliability(List<Scored> sets, double[] temperatures) {
        int n = sets.stream().mapToInt(x -> x.gold().length).sum(), at = 0;
        double[] conf = new double[n];
        boolean[] right = new boolean[n];
        for (int k = 0; k < sets.size(); k++) {
            Scored s = sets.get(k);
            IntentCalibration c = temperatures[k] == 1 ? IntentCalibration.NONE : new IntentCalibration(temperatures[k], Map.of());
            for (int i = 0; i < s.gold().length; i++, at++) {
                double[] p = c.apply(s.probs().get(i));
                int best = 0;
                for (int j = 1; j < p.length; j++) if (p[j] > p[best]) best = j;
                conf[at] = p[best];
                right[at] = best == s.gold()[i];
            }
        }
        return Reliability.of(conf, right, EvalReport.RELIABILITY_BINS);
    }

    /** Per utterance: [0] the best intent's probability, [1] its lead over the runner-up, after scaling by {@code t}. */
    private static double[][] topTwo(Scored s, double t) {
        IntentCalibration c = t == 1 ? IntentCalibration.NONE : new IntentCalibration(t, Map.of());
        double[][] out = new double[2][s.gold().length];
        for (int i = 0; i < s.gold().length; i++) {
            double[] p = c.apply(s.probs().get(i));
            java.util.Arrays.sort(p);
            out[0][i] = p[p.length - 1];
            out[1][i] = p[p.length - 1] - (p.length > 1 ? p[p.length - 2] : 0);
        }
        return out;
    }

    /** The threshold on {@code calibrated} whose "at or above" set differs from {@code raw >= theta} in the fewest utterances. */
    private static double matching(double[] raw, double[] calibrated, double theta) {
        double best = theta;
        int fewest = Integer.MAX_VALUE;
        for (double q : calibrated) {
            int differ = 0;
            for (int i = 0; i < raw.length; i++) if ((raw[i] >= theta) != (calibrated[i] >= q)) differ++;
            if (differ < fewest) {
                fewest = differ;
                best = q;
            }
        }
        return best;
    }

    private static double round(double v) {
        return Math.round(v * 10_000d) / 10_000d;
    }
}
