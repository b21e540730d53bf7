package io.xiaobu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xiaobu.chat.corpus.ChatPair;
import io.xiaobu.chat.corpus.LcccReader;
import io.xiaobu.chat.retrieval.AnalyzerKind;
import io.xiaobu.chat.retrieval.RetrievalEvaluator;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code xiaobu eval retrieval --data FILE [--json OUT]}: true reply among 99 random replies of the same file. */
@Command(name = "retrieval", mixinStandardHelpOptions = true,
        description = "Rank each post's true reply among N random replies from the same post\\treply file.")
public final class EvalRetrievalCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, description = "post \\t reply file (chars may be space-separated)")
    Path data;

    @Option(names = "--json", description = "write the metrics JSON here too")
    Path json;

    @Option(names = "--analyzer", defaultValue = "CJK", description = "CJK or SMARTCN")
    AnalyzerKind analyzer;

    @Option(names = "--negatives", defaultValue = "99")
    int negatives;

    @Option(names = "--seed", defaultValue = "20261121")
    long seed;

    @Override
    public Integer call() throws Exception {
        List<ChatPair> pairs = LcccReader.readPairs(data);
        long t0 = System.nanoTime();
        RetrievalEvaluator.Metrics bm25 = RetrievalEvaluator.bm25(pairs, analyzer, negatives, seed,
                n -> System.err.printf("evaluated %d/%d posts%n", n, pairs.size()));
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("data", data.getFileName().toString());
        root.put("method", bm25.method());
        root.put("analyzer", bm25.analyzer());
        root.put("n", bm25.n());
        root.put("negatives", bm25.negatives());
        root.put("recall_at_1", bm25.recallAt1());
        root.put("recall_at_10", bm25.recallAt10());
        root.put("mrr", bm25.mrr());
        root.put("seconds", (System.nanoTime() - t0) / 1e9);
        root.put("vector", "not available: no sentence embedder has been trained yet");
        String text = mapper.writeValueAsString(root);
        System.out.println(text);
        if (json != null) {
            java.nio.file.Files.writeString(json, text);
        }
        return 0;
    }
}
