package io.xiaobu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xiaobu.chat.corpus.ChatPair;
import io.xiaobu.chat.corpus.LcccReader;
import io.xiaobu.chat.retrieval.AnalyzerKind;
import io.xiaobu.chat.retrieval.HashingEmbedder;
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

    @Option(names = "--method", defaultValue = "bm25",
            description = "whose metrics are the top-level fields: bm25, vector, hybrid-rrf or hybrid-learned (all are in all_methods)")
    String method;

    @Option(names = "--dim", defaultValue = "256", description = "dimension of the hashing embedder (the vector baseline)")
    int dim;

    @Option(names = "--encoder", description = "a trained dual encoder dir (train chat-encoder); default: the hashing baseline")
    Path encoder;

    @Option(names = "--backbone-vectors", description = "vector = the shared backbone's embedding through the matching projection (--matching)")
    boolean backboneVectors;

    @picocli.CommandLine.Mixin
    MatchingOptions matching = new MatchingOptions();

    @Override
    public Integer call() throws Exception {
        List<ChatPair> pairs = LcccReader.readPairs(data);
        long t0 = System.nanoTime();
        io.xiaobu.chat.matching.MatchingEncoder backbone = backboneVectors ? matching.open() : null;
        if (backboneVectors && backbone == null) {
            return 2;
        }
        io.xiaobu.chat.retrieval.Embedder embedder = encoder != null
                ? io.xiaobu.chat.encoder.DualEncoderEmbedder.load(encoder)
                : HashingEmbedder.fit(pairs.stream().map(ChatPair::reply).toList(), dim);
        java.util.function.IntConsumer progress = n -> System.err.printf("evaluated %d/%d posts%n", n, pairs.size());
        List<RetrievalEvaluator.Metrics> all = backbone != null
                ? RetrievalEvaluator.evaluate(pairs, analyzer, backbone.querySide(), backbone.replySide(),
                        backbone.name(), negatives, seed, progress)
                : RetrievalEvaluator.evaluate(pairs, analyzer, embedder, negatives, seed, progress);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("data", data.getFileName().toString());
        RetrievalEvaluator.Metrics top = all.stream().filter(m -> m.method().equals(method)).findFirst().orElse(all.getFirst());
        put(root, top);
        ArrayNode methods = root.putArray("all_methods");
        all.forEach(m -> put(methods.addObject(), m));
        root.put("seconds", (System.nanoTime() - t0) / 1e9);
        root.put("vector_note", backbone != null ? "vector = shared backbone embedding (" + matching.backbone
                + ") through matching projection " + backbone.name() + ": post side vs reply side"
                : encoder != null ? "vector = trained dual encoder " + encoder.getFileName()
                : "vector = non-learned hashed char-1/2-gram IDF embedding (IDF fitted on the file's replies)");
        String text = mapper.writeValueAsString(root);
        System.out.println(text);
        if (json != null) {
            java.nio.file.Files.writeString(json, text);
        }
        return 0;
    }

    private static void put(ObjectNode node, RetrievalEvaluator.Metrics m) {
        node.put("method", m.method());
        node.put("analyzer", m.analyzer());
        node.put("n", m.n());
        node.put("negatives", m.negatives());
        node.put("recall_at_1", m.recallAt1());
        node.put("recall_at_10", m.recallAt10());
        node.put("mrr", m.mrr());
    }
}
