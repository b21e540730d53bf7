package io.xiaobu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.xiaobu.dialog.Assistant;
import io.xiaobu.dialog.api.DeviceType;
import io.xiaobu.dialog.api.TurnRequest;
import io.xiaobu.dialog.api.TurnResponse;
import io.xiaobu.dialog.assembly.AssistantFactory;
import io.xiaobu.dialog.assembly.AssistantSettings;
import io.xiaobu.events.TurnRecorderListener;
import io.xiaobu.nlu.data.DatasetFormat;
import io.xiaobu.nlu.data.NluExample;
import io.xiaobu.nlu.data.Splits;
import io.xiaobu.skills.builtin.PublicNluMapping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * Routing accuracy of the whole assistant on labelled utterances (SMP-ECDT by default; CAIS, NLPCC 2018
 * too): each utterance goes through the
 * real pipeline (rules, graph, ranker) and the skill that answered is compared with the skill its
 * label maps to ({@code PublicNluMapping}, which holds {@code SmpMapping} for SMP-ECDT).
 */
@Command(name = "routing", mixinStandardHelpOptions = true,
        description = "Route labelled utterances (SMP-ECDT, CAIS, NLPCC 2018) through the assistant and report skill routing accuracy.")
public final class EvalRoutingCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, description = "dataset file, e.g. ../shared/data/nlu/smp-ecdt/dev.jsonl")
    Path data;

    @Option(names = "--format", defaultValue = "smp", description = "smp | cais | nlpcc2018 | smp2017 (labels mapped by PublicNluMapping); catslu measures rejection. Default: ${DEFAULT-VALUE}")
    DatasetFormat format;

    @Option(names = "--holdout", defaultValue = "0", description = "score only this held-out fraction of sessions (as train nlu --holdout). Default: ${DEFAULT-VALUE}")
    double holdout;

    @Option(names = "--graph", description = "embedded (start Neo4j on the service's database, data/neo4j: the imported graph "
            + "after import kg, else the starter graph; -Dxiaobu.neo4j.dir=DIR for another) or off. Default: ${DEFAULT-VALUE}")
    String graph = "embedded";

    @Option(names = "--nlu-model", split = ",", description = "NLU model folder(s) under models/ to try in order. Default: nlu/product,nlu/smp")
    List<String> nluModels = io.xiaobu.dialog.assembly.AssistantSettings.DEFAULT_NLU_MODELS;

    @Option(names = "--warmup", description = "Route the first N utterances once, unmeasured, before the scored pass (JIT warm-up for the latency figures). Default: ${DEFAULT-VALUE}")
    int warmup = 200;

    @Option(names = "--no-signals", description = "catslu: send the ASR text without the (simulated) recogniser signals")
    boolean noSignals;

    @Option(names = "--confidence-only", description = "catslu: send the ASR text and confidence only (no audio length), as a device that reports nothing else")
    boolean confidenceOnly;

    @Option(names = "--errors", defaultValue = "0", description = "print this many misrouted utterances (text | expected | got | outcome | reply) and open questions a skill took; for catslu, the turns wrongly rejected or served")
    int errors;

    @Option(names = "--json", description = "Write the metrics as a flat JSON object here.")
    Path json;

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(data)) {
            System.err.println("eval routing: cannot read " + data);
            return 2;
        }
        PublicNluMapping mapping = PublicNluMapping.load();
        Path work = Files.createTempDirectory("xiaobu-eval-routing");
        AssistantSettings defaults = AssistantSettings.defaults(Path.of("").toAbsolutePath());
        AssistantSettings settings = defaults.withWorkDir(work)
                .withGraph(new AssistantSettings.Graph(graph, null, "neo4j", null, defaults.graph().serverLib(), defaults.graph().databaseDir()))
                .withNluModels(nluModels);
        ObjectMapper mapper = new ObjectMapper();
        List<NluExample> all = format.reader().read(data);
        List<NluExample> examples = holdout > 0 ? Splits.holdOut(all, holdout, true) : all;
        if (format == DatasetFormat.CATSLU) return rejection(settings, examples);
        int n = 0, correct = 0, correctWithoutAsking = 0, qa = 0, qaNotTask = 0, shownErrors = 0;
        Map<String, int[]> perSkill = new TreeMap<>();
        Map<String, Integer> confusions = new LinkedHashMap<>();
        List<Long> understandMicros = new java.util.ArrayList<>();
        // turns the assistant gave to a skill: its confidence, and whether it was the right skill
        List<Double> skillConfidence = new java.util.ArrayList<>();
        List<Boolean> skillRight = new java.util.ArrayList<>();
        try (Assistant assistant = new AssistantFactory(settings, new PrintStream(System.err)).assemble(TurnRecorderListener.NONE).build()) {
            for (int w = 0; w < Math.min(warmup, examples.size()); w++) turn(assistant, "warmup-" + w, examples.get(w).text());
            int i = 0;
            for (NluExample e : examples) {
                i++;
                String label = format == DatasetFormat.SMP2017 ? e.domain() : e.intent();
                var target = label == null ? java.util.Optional.<PublicNluMapping.Target>empty() : mapping.intent(format.id(), label);
                if (target.isEmpty()) continue;
                TurnResponse r = turn(assistant, "eval-" + i, e.text());
                if (r.trace() != null) {
                    r.trace().stages().stream().filter(st -> st.name().equals("understand")).forEach(st -> understandMicros.add(st.micros()));
                }
                String got = r.skill() == null ? "none" : r.skill();
                if (target.get().skill().equals("qa") || target.get().skill().equals("chat")) {
                    qa++;
                    if (r.skill() == null || "chat".equals(got) || "kbqa".equals(got)) {
                        qaNotTask++;
                    } else if (shownErrors++ < errors) {
                        System.out.printf("open question taken by a skill: %s | %s | %s | %.3f | %s%n", e.text(), label, got + "/" + r.intent(),
                                r.confidence(), r.reply() == null ? "" : r.reply().text());
                    }
                    continue;
                }
                n++;
                if (r.skill() != null && !"chat".equals(got) && !"kbqa".equals(got)) {
                    skillConfidence.add(r.confidence());
                    skillRight.add(got.equals(target.get().skill()));
                }
                int[] s = perSkill.computeIfAbsent(target.get().skill(), k -> new int[2]);
                s[1]++;
                if (got.equals(target.get().skill())) {
                    correct++;
                    if (r.outcome() != io.xiaobu.dialog.api.Outcome.CLARIFY || r.intent() != null && r.intent().equals(target.get().intent())) {
                        correctWithoutAsking++;
                    }
                    s[0]++;
                } else {
                    confusions.merge(target.get().skill() + " → " + got, 1, Integer::sum);
                    if (shownErrors++ < errors) {
                        System.out.printf("misrouted: %s | %s | %s | %s | %s%n", e.text(), target.get().skill() + "/" + target.get().intent(),
                                got + (r.intent() == null ? "" : "/" + r.intent()), r.outcome(), r.reply() == null ? "" : r.reply().text());
                    }
                }
                if (n % 100 == 0) System.err.printf("eval routing: %d utterances%n", n);
            }
        }
        double accuracy = n == 0 ? 0 : (double) correct / n;
        System.out.printf("%nrouting accuracy: %.3f (%d/%d utterances whose label maps to a skill)%n", accuracy, correct, n);
        System.out.printf("  of which without a clarifying question between intents: %d%n", correctWithoutAsking);
        System.out.printf("open-domain (qa) utterances not taken by a skill: %d/%d%n", qaNotTask, qa);
        double[] understand = percentiles(understandMicros);
        System.out.printf("understand stage (normalised text → rules + model + fusion), %d turns, one thread: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                understandMicros.size(), understand[0], understand[1], understand[2]);
        io.xiaobu.nlu.eval.Reliability reliability = io.xiaobu.nlu.eval.Reliability.of(
                skillConfidence.stream().mapToDouble(Double::doubleValue).toArray(), toArray(skillRight), io.xiaobu.nlu.eval.EvalReport.RELIABILITY_BINS);
        System.out.printf("confidence of the turns given to a skill vs the skill being right:%n%s", reliability.format());
        System.out.println("per skill:");
        perSkill.forEach((k, v) -> System.out.printf("  %-12s %.3f (%d/%d)%n", k, (double) v[0] / v[1], v[0], v[1]));
        System.out.println("top confusions:");
        confusions.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                .forEach(e -> System.out.printf("  %-28s %d%n", e.getKey(), e.getValue()));
        if (json != null) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("n", n);
            out.put("routing_accuracy", accuracy);
            out.put("routing_accuracy_without_asking", n == 0 ? 0 : (double) correctWithoutAsking / n);
            out.put("qa_n", qa);
            out.put("qa_not_taken_by_skill", qa == 0 ? 0 : (double) qaNotTask / qa);
            out.put("skill_confidence_ece", reliability.ece());
            out.put("understand_p50_ms", understand[0]);
            out.put("understand_p95_ms", understand[1]);
            out.put("understand_p99_ms", understand[2]);
            mapper.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), out);
        }
        return 0;
    }

    /**
     * CATSLU turns (the ASR 1-best, each dialogue in its own session) through the assistant: how many of
     * the turns not meant for it end {@code rejected}, and how many meant for it do — the reject stage's
     * rules and the model's reject head together, as served.
     */
    private int rejection(AssistantSettings settings, List<NluExample> turns) throws Exception {
        int tp = 0, fp = 0, fn = 0, tn = 0, byModel = 0, invalid = 0, shown = 0;
        try (Assistant assistant = new AssistantFactory(settings, new PrintStream(System.err)).assemble(TurnRecorderListener.NONE).build()) {
            int i = 0;
            for (NluExample e : turns) {
                i++;
                String id = "catslu-" + i;
                float conf = e.asr().confidence();
                TurnRequest.Asr asr = noSignals ? new TurnRequest.Asr(e.text(), null, null, null, null, null)
                        : new TurnRequest.Asr(e.text(), Float.isNaN(conf) ? null : (double) conf, null,
                        confidenceOnly || Float.isNaN(e.asr().audioSeconds()) ? null : Math.round(e.asr().audioSeconds() * 1000), null, null);
                TurnResponse r;
                try {
                    r = assistant.turns().handle(new TurnRequest(id, "catslu-user-" + e.group(), "eval", "catslu-" + e.group(),
                            "2026-11-21T08:30:00+08:00", "Asia/Shanghai",
                            new TurnRequest.Device(DeviceType.CAR, "zh-CN", List.of("screen")), asr, Map.of()), true);
                } catch (io.xiaobu.dialog.api.InvalidRequestException empty) {
                    r = null; // the recogniser heard no text: the API answers 400, nothing is done
                    invalid++;
                }
                boolean rejected = r == null || r.outcome() == io.xiaobu.dialog.api.Outcome.REJECTED;
                if (r != null && rejected && r.trace() != null && r.trace().stages().stream().anyMatch(st -> st.name().equals("understand") && st.note() != null && st.note().contains("rejected by the model"))) byModel++;
                boolean gold = Boolean.TRUE.equals(e.reject());
                if (rejected && gold) tp++;
                else if (rejected) fp++;
                else if (gold) fn++;
                else tn++;
                if (rejected != gold && shown++ < errors) {
                    System.out.printf("%s: %s | %s%n", rejected ? "rejected, meant for it" : "served, not meant for it", e.text(),
                            r == null ? "(empty)" : r.trace() == null ? r.outcome().wireName() : r.trace().stages().stream()
                                    .filter(st -> st.name().equals("understand") || st.name().equals("reject")).map(st -> st.note()).toList());
                }
                if (i % 200 == 0) System.err.printf("eval routing: %d turns%n", i);
            }
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp), rc = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = p + rc == 0 ? 0 : 2 * p * rc / (p + rc);
        System.out.printf("%nrejection through the assistant (%s): %d turns, %d not meant for it%n",
                noSignals ? "ASR text only" : confidenceOnly ? "ASR text + simulated confidence" : "ASR text + simulated confidence and audio length",
                turns.size(), tp + fn);
        System.out.printf("  precision %.3f  recall %.3f  F1 %.3f;  meant for it but rejected %d of %d (%.4f); rejected by the model's head %d%n",
                p, rc, f1, fp, fp + tn, (double) fp / Math.max(1, fp + tn), byModel);
        System.out.printf("  (%d turns had an empty ASR text: the API refuses them with 400, counted as rejected)%n", invalid);
        if (json != null) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("n", turns.size());
            out.put("reject_precision", p);
            out.put("reject_recall", rc);
            out.put("reject_f1", f1);
            out.put("false_reject_rate", (double) fp / Math.max(1, fp + tn));
            out.put("rejected_by_model", byModel);
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), out);
        }
        return 0;
    }

    private static TurnResponse turn(Assistant assistant, String id, String text) {
        return assistant.turns().handle(new TurnRequest(id, id + "-user", "eval", null,
                "2026-11-21T08:30:00+08:00", "Asia/Shanghai",
                new TurnRequest.Device(DeviceType.PHONE, "zh-CN", List.of("screen", "wifi", "bluetooth", "flashlight")),
                new TurnRequest.Asr(text, 0.95, null, null, null, null), Map.of()), true);
    }

    /** p50, p95, p99 in milliseconds (nearest rank). */
    private static double[] percentiles(List<Long> micros) {
        if (micros.isEmpty()) return new double[] {Double.NaN, Double.NaN, Double.NaN};
        long[] v = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        double[] q = {0.50, 0.95, 0.99};
        double[] out = new double[q.length];
        for (int i = 0; i < q.length; i++) out[i] = v[Math.min(v.length - 1, (int) Math.ceil(q[i] * v.length) - 1)] / 1000.0;
        return out;
    }

    private static boolean[] toArray(List<Boolean> values) {
        boolean[] out = new boolean[values.size()];
        for (int i = 0; i < out.length; i++) out[i] = values.get(i);
        return out;
    }
}
