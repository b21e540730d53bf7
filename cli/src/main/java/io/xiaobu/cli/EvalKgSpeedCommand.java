package io.xiaobu.cli;

import io.xiaobu.kg.GraphConfig;
import io.xiaobu.kg.KnowledgeGraph;
import io.xiaobu.kg.eval.KbqaEvaluation;
import io.xiaobu.kg.eval.SpeedBenchmark;
import io.xiaobu.kg.link.LinkerConfig;
import io.xiaobu.kg.server.ServerLocations;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code xiaobu eval kg-speed}: warm linking latency with ≥ 200k aliases and KBQA latency over Bolt. */
@Command(name = "kg-speed", mixinStandardHelpOptions = true,
        description = "Linking p50/p99 (NLPCC 2018 utterances, index padded to --min-aliases) and KBQA p50/p99 "
                + "(NLPCC 2016 dev questions) over Bolt; needs `import kg`.")
public final class EvalKgSpeedCommand implements Callable<Integer> {

    @Option(names = "--data", description = "public data directory (default: ${DEFAULT-VALUE})")
    Path data = ServerLocations.publicDataDir();

    @Option(names = "--min-aliases", description = "pad the alias index to at least this many (default: ${DEFAULT-VALUE})")
    int minAliases = 200_000;

    @Option(names = "--utterances", description = "utterances to time (default: ${DEFAULT-VALUE})")
    int utterances = 10_000;

    @Option(names = "--questions", description = "KBQA questions to time (default: ${DEFAULT-VALUE})")
    int questions = 500;

    @Option(names = "--warmups", description = "untimed linking passes first, so the JIT has compiled the hot path "
            + "(default: ${DEFAULT-VALUE})")
    int warmups = 10;

    @Option(names = "--rounds", description = "timed passes over the utterances (default: ${DEFAULT-VALUE})")
    int rounds = 5;

    @Option(names = "--no-approximate", description = "time linking without the approximate (edit distance) search")
    boolean noApproximate;

    @Option(names = "--json", description = "write the result as JSON here")
    Path json;

    @Mixin
    GraphOptions graph;

    @Override
    public Integer call() throws Exception {
        List<String> lines = Files.readAllLines(data.resolve("nlu/nlpcc2018-task4/corpus.train.txt"), StandardCharsets.UTF_8);
        List<String> texts = SpeedBenchmark.nlpccUtterances(lines, utterances);
        List<String> qs = KbqaEvaluation.read(data.resolve("kg/nlpcc2016-kbqa/nlpcc-iccpol-2016.kbqa.training-data"), true)
                .stream().map(KbqaEvaluation.Item::question).limit(questions).toList();
        try (GraphOptions.Connection c = graph.open();
             KnowledgeGraph kg = KnowledgeGraph.withDriver(c.driver(), GraphConfig.local(c.uri()).withLoadStarter(false))) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("cores", Runtime.getRuntime().availableProcessors());
            result.put("java", System.getProperty("java.version"));
            LinkerConfig config = noApproximate ? LinkerConfig.defaults().withApproximate(LinkerConfig.Approximate.off())
                    : LinkerConfig.defaults();
            result.put("approximate", !noApproximate);
            result.putAll(SpeedBenchmark.linking(kg.reader(), texts, minAliases, warmups, rounds, config, System.out::println));
            result.putAll(SpeedBenchmark.kbqa(kg, qs, 2));
            EvalOutput.emit(result, json);
        }
        return 0;
    }
}
