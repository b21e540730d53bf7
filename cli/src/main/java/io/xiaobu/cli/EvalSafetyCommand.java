package io.xiaobu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xiaobu.chat.DataDir;
import io.xiaobu.chat.safety.BackboneEmbedder;
import io.xiaobu.chat.safety.SafetyChecker;
import io.xiaobu.chat.safety.SafetyDataset;
import io.xiaobu.chat.safety.SafetyEvalSet;
import io.xiaobu.chat.safety.SafetyLexicon;
import io.xiaobu.chat.safety.SafetyPolicy;
import io.xiaobu.nlu.model.NluModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code xiaobu eval safety --data DIR}: block rate on unsafe texts and false-block rate on normal chat
 * for three variants on the same held-out texts — lexicon only, learned head only, combined (the
 * checker's policy) — plus the per-check cost of each.
 */
@Command(name = "safety", mixinStandardHelpOptions = true,
        description = "Safety checks (lexicon / head / combined) on the held-out split of the safety data.")
public final class EvalSafetyCommand implements Callable<Integer> {

    @Option(names = "--data", description = "the data dir (with safety/, chat/, nlu/smp-ecdt)")
    Path data;

    @Option(names = "--json", description = "write the metrics JSON here too")
    Path json;

    @Option(names = "--set", defaultValue = "heldout", description = "heldout (test split of the safety data, default) or funnlp (the older funNLP-template set)")
    String set;

    @Option(names = "--split", defaultValue = "TEST", description = "TEST (default) or DEV split of the held-out set")
    SafetyDataset.Split split;

    @Option(names = "--head", defaultValue = "models/safety", description = "safety head folder")
    Path headDir;

    @Option(names = "--backbone", defaultValue = "models/nlu/product", description = "NLU model folder for the sentence embedding (the one the head was trained on: the service's product model)")
    Path backbone;

    @Option(names = "--head-threshold", defaultValue = "0.5", description = "P(unsafe) at which the head alone blocks")
    double headThreshold;

    @Option(names = "--agree", description = "override the policy's agree threshold")
    Double agree;

    @Option(names = "--solo", description = "override the policy's solo threshold")
    Double solo;

    @Option(names = "--library-only", description = "ignore the data dir lexicons (sensitive-word bundled dictionary + project lists)")
    boolean libraryOnly;

    @Option(names = "--show", defaultValue = "8", description = "print this many misses / false blocks per group and variant")
    int show;

    private record Item(String text, boolean unsafe, String group) {
    }

    @Override
    public Integer call() throws Exception {
        Path dir = data == null ? DataDir.path() : data;
        SafetyLexicon lexicon = SafetyLexicon.load(libraryOnly ? null : dir.resolve("safety"));
        SafetyPolicy d = SafetyPolicy.defaults();
        SafetyPolicy policy = d.withThresholds(agree == null ? d.agreeThreshold() : agree, solo == null ? d.soloThreshold() : solo);
        List<Item> items = items(dir, libraryOnly ? SafetyLexicon.load(dir.resolve("safety")) : lexicon); // same texts either way
        NluModel model = Files.isDirectory(backbone) ? NluModel.load(backbone) : null;
        try {
            BackboneEmbedder embedder = model == null ? null : new BackboneEmbedder(model, 64);
            SafetyChecker checker = SafetyChecker.create(lexicon, headDir, embedder, policy);
            System.err.println("checker: " + checker.mode() + "; policy " + policy + "; " + items.size() + " texts");
            List<float[]> emb = new ArrayList<>();
            for (int i = 0; i < items.size(); i += 2048) {
                List<String> texts = items.subList(i, Math.min(items.size(), i + 2048)).stream().map(Item::text).toList();
                emb.addAll(embedder == null ? Collections.nCopies(texts.size(), (float[]) null) : embedder.embedAll(texts));
                System.err.printf("  backbone embeddings %d/%d%n", emb.size(), items.size());
            }
            String[] variants = {"lexicon", "head", "combined"};
            Map<String, int[]> counts = new TreeMap<>();
            Map<String, Integer> shown = new TreeMap<>();
            for (int i = 0; i < items.size(); i++) {
                Item it = items.get(i);
                boolean[] block = {
                        !checker.checkLexiconOnly(it.text()).safe(),
                        checker.hasHead() && checker.headProbability(it.text(), emb.get(i)) >= headThreshold,
                        !checker.checkQuery(it.text(), emb.get(i)).safe()};
                int[] c = counts.computeIfAbsent(it.group() + (it.unsafe() ? " [unsafe]" : " [normal]"), k -> new int[4]);
                c[0]++;
                for (int v = 0; v < 3; v++) {
                    c[v + 1] += block[v] ? 1 : 0;
                    if (block[v] != it.unsafe() && shown.merge(variants[v] + it.group(), 1, Integer::sum) <= show) {
                        System.err.printf("%s %s: %s%n", variants[v], it.unsafe() ? "missed" : "false block", it.text());
                    }
                }
            }
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode root = mapper.createObjectNode();
            root.put("set", set.equals("funnlp") ? set : set + " " + split);
            root.put("checker", checker.mode());
            root.put("lexicons", libraryOnly ? "sensitive-word bundled + project lists" : "data dir (konsheng + houbb tags) + project lists");
            root.put("policy", policy.toString());
            root.put("head_alone_threshold", headThreshold);
            ObjectNode per = root.putObject("groups");
            int[] unsafe = new int[4], normal = new int[4], hard = new int[4];
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                int[] c = e.getValue();
                ObjectNode g = per.putObject(e.getKey());
                g.put("n", c[0]);
                for (int v = 0; v < 3; v++) g.put(variants[v], c[v + 1] / (double) c[0]);
                int[] into = e.getKey().endsWith("[unsafe]") ? unsafe : e.getKey().startsWith("hard-negative") ? hard
                        : e.getKey().contains("tuning") ? null : normal;
                if (into != null) for (int k = 0; k < 4; k++) into[k] += c[k];
            }
            for (int v = 0; v < 3; v++) {
                ObjectNode o = root.putObject(variants[v]);
                o.put("block_rate_unsafe", unsafe[v + 1] / (double) Math.max(1, unsafe[0]));
                o.put("false_block_rate_normal_chat", normal[v + 1] / (double) Math.max(1, normal[0]));
                o.put("false_block_rate_hard_negatives", hard[v + 1] / (double) Math.max(1, hard[0]));
            }
            root.put("unsafe_n", unsafe[0]);
            root.put("normal_chat_n", normal[0]);
            root.put("hard_negatives_n", hard[0]);
            timing(root.putObject("per_check_micros"), checker, items, emb, embedder);
            String text = mapper.writeValueAsString(root);
            System.out.println(text);
            if (json != null) Files.writeString(json, text);
            return 0;
        } finally {
            if (model != null) model.close();
        }
    }

    /** The texts, always built from the data dir's lexicon so that both lexicon choices are measured on the same texts. */
    private List<Item> items(Path dir, SafetyLexicon lexicon) throws java.io.IOException {
        List<Item> out = new ArrayList<>();
        if (set.equals("funnlp")) {
            for (SafetyEvalSet.Item i : SafetyEvalSet.build(dir, 150, 20261121L)) out.add(new Item(i.text(), i.unsafe(), i.group()));
            return out;
        }
        for (SafetyDataset.Example e : SafetyDataset.build(dir, lexicon, SafetyDataset.Options.defaults())) {
            if (e.split() == split) {
                out.add(new Item(e.text(), e.unsafe(), e.term() == null ? e.group() : e.group() + ":" + e.category()));
            }
        }
        return out;
    }

    /** Per-check cost over the texts in random order, after one warm-up pass; the embedding is given (the turn has it). */
    private static void timing(ObjectNode out, SafetyChecker checker, List<Item> items, List<float[]> emb, BackboneEmbedder embedder) {
        int n = Math.min(items.size(), 20_000);
        Integer[] order = new Integer[items.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Collections.shuffle(Arrays.asList(order), new Random(7));
        long[][] t = new long[3][n];
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < n; k++) {
                int i = order[k];
                long a = System.nanoTime();
                checker.checkLexiconOnly(items.get(i).text());
                long b = System.nanoTime();
                checker.headProbability(items.get(i).text(), emb.get(i));
                long c = System.nanoTime();
                checker.checkQuery(items.get(i).text(), emb.get(i));
                long e = System.nanoTime();
                t[0][k] = b - a;
                t[1][k] = c - b;
                t[2][k] = e - c;
            }
        }
        String[] names = {"lexicon", "head_given_embedding", "combined_given_embedding"};
        for (int v = 0; v < 3; v++) {
            long[] s = t[v].clone();
            Arrays.sort(s);
            ObjectNode o = out.putObject(names[v]);
            o.put("n", n);
            o.put("p50", s[n / 2] / 1000.0);
            o.put("p99", s[(int) Math.ceil(n * 0.99) - 1] / 1000.0);
            o.put("max", s[n - 1] / 1000.0);
        }
        if (embedder != null) { // what a check costs when the caller has no embedding: one backbone pass
            int m = Math.min(n, 2000);
            long[] b = new long[m];
            for (int pass = 0; pass < 2; pass++) {
                for (int k = 0; k < m; k++) {
                    long a = System.nanoTime();
                    embedder.embed(items.get(order[k]).text());
                    b[k] = System.nanoTime() - a;
                }
            }
            Arrays.sort(b);
            ObjectNode o = out.putObject("backbone_embedding_single_text");
            o.put("n", m);
            o.put("p50", b[m / 2] / 1000.0);
            o.put("p99", b[(int) Math.ceil(m * 0.99) - 1] / 1000.0);
        }
        double[] load = {java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()};
        out.put("load_average", String.format(Locale.ROOT, "%.2f", load[0]));
    }
}
