package io.xiaobu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.xiaobu.nlu.data.NluExample;
import io.xiaobu.nlu.eval.EvalReport;
import io.xiaobu.nlu.eval.ModelPredictions;
import io.xiaobu.nlu.eval.NluEvaluator;
import io.xiaobu.nlu.eval.Prediction;
import io.xiaobu.nlu.model.ModelConfig;
import io.xiaobu.nlu.model.NluModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code xiaobu eval nlu}: scores a model on a dataset file, prints the report and optionally writes flat JSON. */
@Command(name = "nlu", mixinStandardHelpOptions = true,
        description = "Evaluate the NLU model: intent/domain accuracy, slot F1, sentence accuracy, reject P/R/F1/EER.")
public final class EvalNluCommand implements Callable<Integer> {

    @Mixin
    NluDataOptions data;

    @Mixin
    GraphTagOptions graph;

    @Option(names = "--model", description = "model folder (default: models/nlu/<format> of this repository)")
    Path model;

    @Option(names = "--json", description = "write the flat metrics object here")
    Path json;

    @Option(names = "--reject-threshold", defaultValue = "0.5")
    double rejectThreshold;

    @Option(names = "--top", defaultValue = "15", description = "intents and confusions to list")
    int top;

    @Option(names = "--slot-decoding", defaultValue = "INTENT_VITERBI",
            description = "SPANS | VITERBI (constrained BIO) | INTENT_VITERBI (constrained BIO, slot names of the likely intents only). Default: ${DEFAULT-VALUE}")
    io.xiaobu.nlu.model.SlotDecoding slotDecoding;

    @Option(names = "--ngram-weight", description = "mix the model's n-gram classifier in with this weight instead of its saved one (0: leave it out)")
    Double ngramWeight;

    @Option(names = "--temperature", description = "scale the intent probabilities by this temperature instead of the model folder's calibration (1: as computed)")
    Double temperature;

    @Option(names = "--transition-weight", description = "weight the model folder's slot transitions by this instead of their saved weight (0: leave them out)")
    Double transitionWeight;

    @Option(names = "--errors", defaultValue = "0", description = "print this many wrongly understood utterances")
    int errors;

    @Override
    public Integer call() throws Exception {
        Path dir = model != null ? model : committedModel(data.format.id());
        List<NluExample> examples = data.part(data.read(), true);
        long t0 = System.nanoTime();
        try (NluModel m = NluModel.load(dir, slotDecoding, ngramWeight, temperature, transitionWeight); GraphTagOptions.Tagging tagging = graph.openFor(m.meta())) {
            System.out.println("entity tags: " + tagging.source());
            ModelConfig cfg = m.meta().config();
            if (cfg.wordBoundaries()) System.out.println("word boundaries: HanLP segmentation");
            if (m.ngramWeight() > 0) System.out.printf("n-gram classifier mixed into domain and intent with weight %.2f%s%n", m.ngramWeight(),
                    m.ngramLexicon().isEmpty() ? "" : "; " + m.ngramLexicon());
            if (m.slotTransitions() != null && m.slotTransitions().weight() > 0) {
                System.out.printf("slot transitions added to the slot decoding with weight %.2f%n", m.slotTransitions().weight());
            }
            if (m.calibration().temperature() != 1) System.out.printf("intent probabilities scaled by temperature %.3f%n", m.calibration().temperature());
            if (cfg.readsDialogState()) {
                System.out.println("dialog state: the domain of the session's last task turn as the model understood it "
                        + "(" + cfg.dialogState() + " turns are not tasks), turn by turn");
            } else if (cfg.contextChars() > 0) {
                System.out.println("context: the last " + cfg.contextChars() + " characters of the previous user turn");
            }
            List<Prediction> preds = ModelPredictions.of(m, tagging.tagger(), examples, 64);
            EvalReport report = new NluEvaluator(rejectThreshold).evaluate(examples, preds);
            System.out.printf("model %s%s  data %s (%s, %d utterances, %.1fs)%n%n", dir,
                    m.memberCount() > 1 ? " (ensemble of " + m.memberCount() + ")" : "", data.data, data.format.id(),
                    examples.size(), (System.nanoTime() - t0) / 1e9);
            System.out.print(report.format(top, top));
            printErrors(examples, preds);
            if (json != null) {
                if (json.toAbsolutePath().getParent() != null) Files.createDirectories(json.toAbsolutePath().getParent());
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), report.flat());
                System.out.println("\nwrote " + json);
            }
        }
        return 0;
    }

    private void printErrors(List<NluExample> examples, List<Prediction> preds) {
        int shown = 0;
        for (int i = 0; i < examples.size() && shown < errors; i++) {
            NluExample g = examples.get(i);
            Prediction p = preds.get(i);
            String gs = slots(g.slots()), ps = slots(p.slots());
            if (java.util.Objects.equals(g.intent(), p.intent()) && gs.equals(ps)) continue;
            if (shown++ == 0) System.out.println("\nerrors (text | gold | predicted)");
            System.out.printf("%s | %s %s | %s %s%n", g.text(), g.intent(), gs, p.intent(), ps);
        }
    }

    private static String slots(List<io.xiaobu.nlu.Slot> slots) {
        return slots.stream().map(s -> s.name() + "=" + s.value() + "@" + s.start()).sorted().toList().toString();
    }

    /** {@code models/nlu/<id>} found from the working directory or one of its parents. */
    static Path committedModel(String id) {
        Path d = Path.of("").toAbsolutePath();
        while (d != null) {
            Path p = d.resolve("models/nlu").resolve(id);
            if (Files.isDirectory(p)) return p;
            d = d.getParent();
        }
        return Path.of("models/nlu", id);
    }
}
