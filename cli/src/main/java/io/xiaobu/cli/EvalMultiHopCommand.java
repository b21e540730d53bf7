package io.xiaobu.cli;

import io.xiaobu.kg.GraphConfig;
import io.xiaobu.kg.KnowledgeGraph;
import io.xiaobu.kg.eval.MultiHopEvaluation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code xiaobu eval multihop}: the project's multi-hop KBQA set, answers checked by independent Cypher. */
@Command(name = "multihop", mixinStandardHelpOptions = true,
        description = "Multi-hop KBQA accuracy on the project's question set (needs `import kg`).")
public final class EvalMultiHopCommand implements Callable<Integer> {

    @Option(names = "--data", description = "question set (default: the one shipped in xiaobu-kg)")
    Path data;

    @Option(names = "--json", description = "write the result as JSON here")
    Path json;

    @Mixin
    GraphOptions graph;

    @Override
    public Integer call() throws Exception {
        List<MultiHopEvaluation.Item> items = data == null ? MultiHopEvaluation.readResource() : MultiHopEvaluation.read(data);
        try (GraphOptions.Connection c = graph.open();
             KnowledgeGraph kg = KnowledgeGraph.withDriver(c.driver(), GraphConfig.local(c.uri()).withLoadStarter(false))) {
            System.out.println("Evaluating " + items.size() + " multi-hop questions against " + c.uri());
            Map<String, Object> result = MultiHopEvaluation.run(kg, items);
            EvalOutput.emit(result, json);
        }
        return 0;
    }
}
