package io.xiaobu.kg.eval;

import io.xiaobu.kg.KnowledgeGraph;
import io.xiaobu.kg.qa.KbqaAnswer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * KBQA on the NLPCC 2016 block format ({@code <question id=N>}, {@code <triple id=N>}, {@code <answer id=N>}).
 * answer_accuracy: first answer value equals the gold answer after normalisation; triple_accuracy: subject
 * and predicate equal the gold triple's.
 */
public final class KbqaEvaluation {

    /** One question with its gold triple and answer. */
    public record Item(int id, String question, String subject, String predicate, String answer) {}

    private static final Pattern LINE = Pattern.compile("^<(question|triple|answer) id=(\\d+)>\\s*(.*)$");

    /** Reads the blocks; {@code devOnly} keeps questions whose id is a multiple of 10 (the project's dev part). */
    public static List<Item> read(Path file, boolean devOnly) throws IOException {
        List<Item> items = new ArrayList<>();
        String q = null;
        String[] triple = null;
        int id = -1;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = LINE.matcher(line.trim());
            if (!m.matches()) continue;
            String text = m.group(3).trim();
            switch (m.group(1)) {
                case "question" -> {
                    q = text;
                    id = Integer.parseInt(m.group(2));
                    triple = null;
                }
                case "triple" -> triple = text.split(" \\|\\|\\| ", -1);
                default -> {
                    if (q != null && triple != null && triple.length == 3 && (!devOnly || id % 10 == 0)) {
                        items.add(new Item(id, q, triple[0].trim(), triple[1].trim(), text));
                    }
                    q = null;
                }
            }
        }
        return items;
    }

    public static Map<String, Object> run(KnowledgeGraph kg, List<Item> items, Consumer<String> progress) {
        int answerOk = 0;
        int tripleOk = 0;
        int unavailable = 0;
        long[] nanos = new long[items.size()];
        List<Map<String, String>> errors = new ArrayList<>();
        // answers by confidence in tenths: how often an answer at that confidence is right (the ranker's KBQA floor reads it)
        int[] answeredByTenth = new int[10], rightByTenth = new int[10];
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            long t = System.nanoTime();
            KbqaAnswer a = kg.answer(it.question());
            nanos[i] = System.nanoTime() - t;
            if (a.status() == KbqaAnswer.Status.UNAVAILABLE) unavailable++;
            boolean answerRight = normalize(a.answer()).equals(normalize(it.answer()));
            boolean tripleRight = a.answered() && normalize(it.subject()).equals(normalize(a.subjectName()))
                    && !a.predicates().isEmpty() && normalize(it.predicate()).equals(normalize(a.predicates().get(0)));
            if (answerRight) answerOk++;
            if (a.answered()) {
                int tenth = Math.min(9, (int) (a.confidence() * 10));
                answeredByTenth[tenth]++;
                if (answerRight) rightByTenth[tenth]++;
            }
            if (tripleRight) tripleOk++;
            if (!answerRight && errors.size() < 30) {
                errors.add(Map.of("question", it.question(), "gold", it.answer(), "got", a.answer(),
                        "predicates", String.valueOf(a.predicates()), "subject", String.valueOf(a.subjectName())));
            }
            if ((i + 1) % 500 == 0) progress.accept(String.format("  %d/%d questions, answer accuracy so far %.3f", i + 1, items.size(), (double) answerOk / (i + 1)));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        int n = items.size();
        out.put("n", n);
        out.put("answer_accuracy", n == 0 ? 0 : (double) answerOk / n);
        out.put("triple_accuracy", n == 0 ? 0 : (double) tripleOk / n);
        out.put("unavailable", unavailable);
        out.put("latency_ms_p50", Percentiles.ms(nanos, 50));
        out.put("latency_ms_p99", Percentiles.ms(nanos, 99));
        List<Map<String, Object>> reliability = new ArrayList<>();
        for (int b = 0; b < 10; b++) {
            if (answeredByTenth[b] == 0) continue;
            reliability.add(Map.of("confidence", String.format(java.util.Locale.ROOT, "%.1f-%.1f", b / 10.0, (b + 1) / 10.0),
                    "answered", answeredByTenth[b], "right", rightByTenth[b]));
        }
        out.put("answers_by_confidence", reliability);
        out.put("first_errors", errors);
        return out;
    }

    /** Lower case, half width, no spaces or trailing punctuation. */
    static String normalize(String s) {
        if (s == null) return "";
        return io.xiaobu.kg.text.MatchFold.normalize(s).replaceAll("[\\s。．.！!？?]+", "").trim();
    }
}
