package io.xiaobu.cli;

import io.xiaobu.kg.GraphConfig;
import io.xiaobu.kg.KnowledgeGraph;
import io.xiaobu.kg.eval.LinkingEvaluation;
import io.xiaobu.kg.link.EntityLinker;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code xiaobu eval linking --format nlpcc2018|kdconv --data FILE}: entity-linking accuracy. */
@Command(name = "linking", mixinStandardHelpOptions = true,
        description = "Entity-linking accuracy with the alias index built from the graph; run `import kg` first.")
public final class EvalLinkingCommand implements Callable<Integer> {

    @Option(names = "--format", required = true, description = "nlpcc2018 | kdconv")
    String format;

    @Option(names = "--data", required = true, description = "nlpcc2018: corpus.train.txt; kdconv: a dev.json")
    Path data;

    @Option(names = "--json", description = "write the result as JSON here")
    Path json;

    @Option(names = "--split", description = "nlpcc2018 only: dev | all (default: ${DEFAULT-VALUE})")
    String split = "dev";

    @Mixin
    GraphOptions graph;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("nlpcc2018") && !format.equals("kdconv")) {
            System.err.println("--format must be nlpcc2018 or kdconv");
            return 2;
        }
        try (GraphOptions.Connection c = graph.open();
             KnowledgeGraph kg = KnowledgeGraph.withDriver(c.driver(), GraphConfig.local(c.uri()).withLoadStarter(false))) {
            EntityLinker linker = kg.linker();
            System.out.println("Alias index: " + linker.index().entityCount() + " entities, " + linker.index().aliasCount() + " aliases");
            Map<String, Object> result = LinkingEvaluation.run(linker, format, data, split.equals("dev"));
            result.put("split", format.equals("nlpcc2018") ? split : "dev.json");
            EvalOutput.emit(result, json);
        }
        return 0;
    }
}
