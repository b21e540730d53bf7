package io.xiaobu.cli;

import io.xiaobu.kg.GraphConfig;
import io.xiaobu.kg.KnowledgeGraph;
import io.xiaobu.kg.eval.KbqaEvaluation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code xiaobu eval kbqa --data FILE}: KBQA accuracy on the NLPCC 2016 block format. */
@Command(name = "kbqa", mixinStandardHelpOptions = true,
        description = "KBQA accuracy (answer_accuracy, triple_accuracy) on NLPCC 2016 blocks; run `import kg` first.")
public final class EvalKbqaCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, description = "NLPCC 2016 KBQA file (<question>/<triple>/<answer> blocks)")
    Path data;

    @Option(names = "--json", description = "write the result as JSON here")
    Path json;

    @Option(names = "--split", description = "all | dev (question ids divisible by 10) (default: ${DEFAULT-VALUE})")
    String split = "dev";

    @Option(names = "--limit", description = "at most this many questions (0 = all)")
    int limit;

    @Mixin
    GraphOptions graph;

    @Override
    public Integer call() throws Exception {
        List<KbqaEvaluation.Item> items = KbqaEvaluation.read(data, split.equals("dev"));
        if (limit > 0 && items.size() > limit) items = items.subList(0, limit);
        try (GraphOptions.Connection c = graph.open();
             KnowledgeGraph kg = KnowledgeGraph.withDriver(c.driver(), GraphConfig.local(c.uri()).withLoadStarter(false))) {
            System.out.println("Evaluating " + items.size() + " questions (" + split + ") against " + c.uri());
            Map<String, Object> result = KbqaEvaluation.run(kg, items, System.out::println);
            result.put("split", split);
            EvalOutput.emit(result, json);
        }
        return 0;
    }
}
