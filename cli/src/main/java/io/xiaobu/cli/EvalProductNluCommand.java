package io.xiaobu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.xiaobu.dialog.model.ProductTrainingSet;
import io.xiaobu.nlu.data.NluExample;
import io.xiaobu.nlu.eval.EvalReport;
import io.xiaobu.nlu.eval.ModelPredictions;
import io.xiaobu.nlu.eval.NluEvaluator;
import io.xiaobu.nlu.eval.Prediction;
import io.xiaobu.nlu.model.NluModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code xiaobu eval product-nlu}: scores the product model on the held-out part of its data, overall and per source. */
@Command(name = "product-nlu", mixinStandardHelpOptions = true,
        description = "Evaluate the product NLU model on held-out skill samples and mapped public dev data, per source.")
public final class EvalProductNluCommand implements Callable<Integer> {

    @Mixin
    ProductDataOptions data;

    @Option(names = "--model", description = "model folder (default: models/nlu/product of this repository)")
    Path model;

    @Option(names = "--ngram-weight", description = "mix the model's n-gram classifier in with this weight instead of its saved one (0: leave it out)")
    Double ngramWeight;

    @Option(names = "--temperature", description = "scale the intent probabilities by this temperature instead of the model folder's calibration (1: as computed)")
    Double temperature;

    @Option(names = "--transition-weight", description = "weight the model folder's slot transitions by this instead of their saved weight (0: leave them out)")
    Double transitionWeight;

    @Option(names = "--confidence-only", description = "send each turn's ASR confidence only, as a device that reports no n-best list, audio length or SNR")
    boolean confidenceOnly;

    @Option(names = "--json", description = "write flat metrics per source here")
    Path json;

    @Option(names = "--top", defaultValue = "12", description = "intents and confusions to list")
    int top;

    @Mixin
    GraphTagOptions graph;

    private static String rejectLine(io.xiaobu.nlu.eval.RejectMetrics r) {
        return r == null ? "no reject labels" : String.format(java.util.Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  EER %.3f  (%d to reject of %d)",
                r.precision(), r.recall(), r.f1(), r.eer(), r.positives(), r.n());
    }

    @Override
    public Integer call() throws Exception {
        Path dir = model != null ? model : EvalNluCommand.committedModel("product");
        List<NluExample> dev = data.build().dev();
        if (confidenceOnly) {
            dev = dev.stream().map(e -> e.asr() == null ? e : new NluExample(e.id(), e.group(), e.text(), e.domain(), e.intent(), e.slots(),
                    e.previousText(), e.reject(), e.chat(), new io.xiaobu.nlu.model.AsrSignals(e.asr().confidence(), Float.NaN, Float.NaN, Float.NaN))).toList();
        }
        Map<String, List<NluExample>> bySource = new TreeMap<>();
        for (NluExample e : dev) bySource.computeIfAbsent(ProductTrainingSet.source(e), k -> new ArrayList<>()).add(e);
        Map<String, Object> out = new LinkedHashMap<>();
        try (NluModel m = NluModel.load(dir, NluModel.DEFAULT_SLOT_DECODING, ngramWeight, temperature, transitionWeight); GraphTagOptions.Tagging tagging = graph.openFor(m.meta())) {
            System.out.println("entity tags: " + tagging.source());
            if (m.slotTransitions() != null && m.slotTransitions().weight() > 0) {
                System.out.printf("slot transitions added to the slot decoding with weight %.2f%n", m.slotTransitions().weight());
            }
            if (m.calibration().temperature() != 1) System.out.printf("intent probabilities scaled by temperature %.3f%n", m.calibration().temperature());
            NluEvaluator evaluator = new NluEvaluator(0.5);
            List<Prediction> all = ModelPredictions.of(m, tagging.tagger(), dev, 64);
            // turns with an intent label are scored on understanding; CATSLU turns carry only the reject label
            List<NluExample> labelled = new ArrayList<>();
            List<Prediction> labelledPreds = new ArrayList<>();
            for (int i = 0; i < dev.size(); i++) {
                if (dev.get(i).intent() == null) continue;
                labelled.add(dev.get(i));
                labelledPreds.add(all.get(i));
            }
            EvalReport overall = evaluator.evaluate(labelled, labelledPreds);
            System.out.printf("model %s, %d held-out utterances (%d with intent labels)%n%n", dir, dev.size(), labelled.size());
            System.out.print(overall.format(top, top));
            out.put("all", overall.flat());
            for (var entry : bySource.entrySet()) {
                List<Prediction> preds = new ArrayList<>();
                for (int i = 0; i < dev.size(); i++) if (ProductTrainingSet.source(dev.get(i)).equals(entry.getKey())) preds.add(all.get(i));
                EvalReport r = evaluator.evaluate(entry.getValue(), preds);
                if (entry.getValue().stream().allMatch(e -> e.intent() == null)) {
                    System.out.printf("%n%-10s n %5d  reject head only: %s%n", entry.getKey(), r.n(), rejectLine(r.reject()));
                } else {
                    System.out.printf("%n%-10s n %5d  domain(skill) %.4f  intent %.4f  slot F1 %.4f  sentence %.4f%n", entry.getKey(),
                            r.n(), r.domainAccuracy(), r.intentAccuracy(), r.slotF1(), r.sentenceAccuracy());
                }
                out.put(entry.getKey(), r.flat());
            }
            if (m.meta().trained("reject")) {
                // what the service meets: the in-car turns and every other held-out request together
                System.out.println("\nreject head over every held-out turn (the service rejects at or above the threshold):");
                for (double t : new double[]{0.3, 0.5, 0.7, 0.9}) {
                    EvalReport r = new NluEvaluator(t).evaluate(dev, all);
                    long falseRejects = 0, accepted = 0;
                    for (int i = 0; i < dev.size(); i++) {
                        if (!Boolean.FALSE.equals(dev.get(i).reject()) || ProductTrainingSet.source(dev.get(i)).equals("catslu")) continue;
                        accepted++;
                        if (all.get(i).rejectProb() >= t) falseRejects++;
                    }
                    System.out.printf("  threshold %.1f  %s  requests of the other sources rejected %d / %d (%.4f)%n", t,
                            rejectLine(r.reject()), falseRejects, accepted, (double) falseRejects / Math.max(1, accepted));
                    out.put("reject@" + t, r.flat());
                }
            }
        }
        if (json != null) {
            if (json.toAbsolutePath().getParent() != null) Files.createDirectories(json.toAbsolutePath().getParent());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), out);
            System.out.println("\nwrote " + json);
        }
        return 0;
    }
}
