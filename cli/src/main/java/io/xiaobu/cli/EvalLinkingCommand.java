package io.xiaobu.cli;

import io.xiaobu.kg.GraphConfig;
import io.xiaobu.kg.KnowledgeGraph;
import io.xiaobu.kg.eval.LinkingEvaluation;
import io.xiaobu.kg.link.AliasIndex;
import io.xiaobu.kg.link.ContextCues;
import io.xiaobu.kg.link.EntityLinker;
import io.xiaobu.kg.link.LinkerConfig;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    @Option(names = "--split", description = "nlpcc2018 only: dev | all | train-asr (the train ASR errors, with every "
            + "ASR-error alias left out of the index) (default: ${DEFAULT-VALUE})")
    String split = "dev";

    @Option(names = "--no-approximate", description = "switch the approximate (edit distance / partial title) search off")
    boolean noApproximate;

    @Mixin
    GraphOptions graph;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("nlpcc2018") && !format.equals("kdconv")) {
            System.err.println("--format must be nlpcc2018 or kdconv");
            return 2;
        }
        LinkingEvaluation.Split s;
        try {
            s = LinkingEvaluation.Split.valueOf(split.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            System.err.println("--split must be dev, all or train-asr");
            return 2;
        }
        LinkerConfig config = noApproximate ? LinkerConfig.defaults().withApproximate(LinkerConfig.Approximate.off())
                : LinkerConfig.defaults();
        try (GraphOptions.Connection c = graph.open();
             KnowledgeGraph kg = KnowledgeGraph.withDriver(c.driver(), GraphConfig.local(c.uri()).withLoadStarter(false))) {
            Set<String> drop = s == LinkingEvaluation.Split.TRAIN_ASR && format.equals("nlpcc2018")
                    ? LinkingEvaluation.asrMentions(data) : Set.of();
            AliasIndex.Builder b = AliasIndex.builder(config);
            kg.reader().streamAliases(LinkingEvaluation.withoutAliases(drop, b::add));
            EntityLinker linker = new EntityLinker(b.build(), config, ContextCues.defaults());
            System.out.println("Alias index: " + linker.index().entityCount() + " entities, " + linker.index().aliasCount()
                    + " aliases (" + drop.size() + " ASR-error aliases left out; approximate search over "
                    + linker.index().approximateAliasCount() + ")");
            Map<String, Object> result = LinkingEvaluation.run(linker, format, data, s);
            result.put("split", format.equals("nlpcc2018") ? split : "dev.json");
            result.put("approximate", !noApproximate);
            EvalOutput.emit(result, json);
        }
        return 0;
    }
}
