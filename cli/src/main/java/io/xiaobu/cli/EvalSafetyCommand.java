package io.xiaobu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xiaobu.chat.DataDir;
import io.xiaobu.chat.safety.SafetyChecker;
import io.xiaobu.chat.safety.SafetyEvalSet;
import io.xiaobu.chat.safety.SafetyLexicon;
import io.xiaobu.chat.safety.SafetyVerdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code xiaobu eval safety --data DIR}: block rate on unsafe queries, false-block rate on real chat. */
@Command(name = "safety", mixinStandardHelpOptions = true,
        description = "Query safety check on a labelled set built from the funNLP lexicons and LCCC chat.")
public final class EvalSafetyCommand implements Callable<Integer> {

    @Option(names = "--data", description = "the data dir (with safety/ and chat/)")
    Path data;

    @Option(names = "--json", description = "write the metrics JSON here too")
    Path json;

    @Option(names = "--terms-per-list", defaultValue = "150")
    int termsPerList;

    @Option(names = "--library-only", description = "ignore the data dir lexicons (sensitive-word bundled dictionary + project lists)")
    boolean libraryOnly;

    @Option(names = "--show", defaultValue = "15", description = "print this many misses / false blocks per group")
    int show;

    @Override
    public Integer call() throws Exception {
        Path dir = data == null ? DataDir.path() : data;
        SafetyLexicon lexicon = SafetyLexicon.load(libraryOnly ? null : dir.resolve("safety"));
        SafetyChecker checker = new SafetyChecker(lexicon);
        List<SafetyEvalSet.Item> items = SafetyEvalSet.build(dir, termsPerList, 20261121L);
        long terms = items.stream().filter(i -> i.term() != null).count();
        long known = items.stream().filter(i -> i.term() != null && lexicon.terms().containsKey(i.term().toLowerCase())).count();
        Map<String, int[]> groups = new TreeMap<>();
        Map<String, Integer> shown = new TreeMap<>();
        for (SafetyEvalSet.Item item : items) {
            SafetyVerdict v = checker.checkQuery(item.text());
            int[] g = groups.computeIfAbsent(item.group() + (item.unsafe() ? " [unsafe]" : " [normal]"), k -> new int[2]);
            g[0]++;
            g[1] += v.safe() ? 0 : 1;
            boolean wrong = item.unsafe() == v.safe();
            if (wrong && shown.merge(item.group(), 1, Integer::sum) <= show) {
                System.err.println((item.unsafe() ? "missed: " : "false block: ") + item.text()
                        + (v.safe() ? "" : "  (" + v.category() + ": " + v.matched() + ")"));
            }
        }
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("lexicons", libraryOnly ? "sensitive-word bundled + project lists" : "data dir (konsheng + houbb tags) + project lists");
        root.put("funnlp_terms_exactly_in_checker_lexicon", known / (double) Math.max(1, terms));
        ObjectNode per = root.putObject("groups");
        int unsafeN = 0, unsafeBlocked = 0, normalN = 0, normalBlocked = 0;
        for (Map.Entry<String, int[]> e : groups.entrySet()) {
            ObjectNode g = per.putObject(e.getKey());
            g.put("n", e.getValue()[0]);
            g.put("blocked", e.getValue()[1]);
            g.put("rate", e.getValue()[1] / (double) e.getValue()[0]);
            if (e.getKey().endsWith("[unsafe]")) {
                unsafeN += e.getValue()[0];
                unsafeBlocked += e.getValue()[1];
            } else if (!e.getKey().contains("tuning")) {
                normalN += e.getValue()[0];
                normalBlocked += e.getValue()[1];
            }
        }
        root.put("unsafe_n", unsafeN);
        root.put("block_rate", unsafeBlocked / (double) Math.max(1, unsafeN));
        root.put("normal_n", normalN);
        root.put("false_block_rate", normalBlocked / (double) Math.max(1, normalN));
        String text = mapper.writeValueAsString(root);
        System.out.println(text);
        if (json != null) {
            Files.writeString(json, text);
        }
        return 0;
    }
}
