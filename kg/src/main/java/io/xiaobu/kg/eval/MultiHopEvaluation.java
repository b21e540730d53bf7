package io.xiaobu.kg.eval;

import io.xiaobu.kg.KnowledgeGraph;
import io.xiaobu.kg.qa.KbqaAnswer;
import io.xiaobu.kg.store.MultiHopQueries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The project's multi-hop question set (resource {@code io/xiaobu/kg/eval/multihop.tsv}, or a file):
 * {@code shape \t question \t expected \t a|p1|p2…}. Each expected answer is first re-computed by an
 * independent Cypher query ({@link MultiHopQueries#check}); a question whose expectation no longer holds
 * in the graph is reported as stale, not scored.
 */
public final class MultiHopEvaluation {

    /** One question of the set. */
    public record Item(String shape, String question, String expected, String subject, List<String> predicates) {}

    public static List<Item> read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    public static List<Item> readResource() throws IOException {
        try (var in = MultiHopEvaluation.class.getResourceAsStream("/io/xiaobu/kg/eval/multihop.tsv")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
    }

    private static List<Item> parse(List<String> lines) {
        List<Item> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t");
            String[] params = c[3].split("\\|");
            out.add(new Item(c[0], c[1], c[2], params[0], Arrays.asList(params).subList(1, params.length)));
        }
        return out;
    }

    public static Map<String, Object> run(KnowledgeGraph kg, List<Item> items) {
        MultiHopQueries check = new MultiHopQueries(kg.driver());
        int n = 0;
        int ok = 0;
        int stale = 0;
        Map<String, int[]> byShape = new LinkedHashMap<>();
        List<Map<String, String>> errors = new ArrayList<>();
        long[] nanos = new long[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            List<String> truth = check.check(it.shape(), it.subject(), it.predicates());
            if (!truth.contains(it.expected())) {
                stale++;
                continue;
            }
            long t = System.nanoTime();
            KbqaAnswer a = kg.answer(it.question());
            nanos[n] = System.nanoTime() - t;
            n++;
            boolean right = a.answered() && truth.contains(a.answer());
            int[] s = byShape.computeIfAbsent(it.shape(), k -> new int[2]);
            s[0]++;
            if (right) {
                ok++;
                s[1]++;
            } else if (errors.size() < 30) {
                errors.add(Map.of("question", it.question(), "expected", it.expected(), "got", a.answer(),
                        "predicates", String.valueOf(a.predicates())));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("n", n);
        out.put("accuracy", n == 0 ? 0 : (double) ok / n);
        byShape.forEach((shape, s) -> out.put("accuracy_" + shape, (double) s[1] / s[0]));
        out.put("stale", stale);
        out.put("latency_ms_p50", Percentiles.ms(Arrays.copyOf(nanos, n), 50));
        out.put("latency_ms_p99", Percentiles.ms(Arrays.copyOf(nanos, n), 99));
        out.put("first_errors", errors);
        return out;
    }
}
