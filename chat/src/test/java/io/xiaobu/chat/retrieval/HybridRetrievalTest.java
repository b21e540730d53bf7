package io.xiaobu.chat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.xiaobu.chat.corpus.ChatPair;
import io.xiaobu.chat.corpus.LcccReader;
import io.xiaobu.chat.corpus.PersonaBook;
import io.xiaobu.chat.matching.MatchingEncoder;
import io.xiaobu.chat.matching.MatchingProjection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hybrid retrieval: BM25 hits united with HNSW nearest posts, the cosines as reranker features, the
 * query vector from the turn's backbone embedding when given; indexes without vectors keep working.
 * The "backbone" here is the hashing embedder, so the tests need no model files.
 */
class HybridRetrievalTest {

    @TempDir
    Path root;

    private static List<ChatPair> corpus() throws Exception {
        Path tsv = Path.of(HybridRetrievalTest.class.getResource("/retrieval/pairs.tsv").toURI());
        List<ChatPair> pairs = new ArrayList<>(PersonaBook.load().pairs());
        pairs.addAll(LcccReader.readPairs(tsv));
        pairs.add(ChatPair.of("今天天气怎么样", "晴朗无云适合出门", "lccc", "test"));
        return pairs;
    }

    private static HashingEmbedder backbone(List<ChatPair> pairs) {
        return HashingEmbedder.fit(pairs.stream().map(ChatPair::post).toList(), 64);
    }

    private static MatchingEncoder encoder(HashingEmbedder backbone) {
        return new MatchingEncoder(backbone::embed, MatchingProjection.identity(64), "hashing-identity");
    }

    @Test
    void aPostFoundOnlyByItsVectorJoinsTheCandidatesWithItsCosineAndNoBm25() throws Exception {
        List<ChatPair> pairs = corpus();
        HashingEmbedder backbone = backbone(pairs);
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        ChatIndexBuilder.build(pairs, dir, AnalyzerKind.CJK, encoder(backbone), n -> { });
        try (ChatRetriever r = new ChatRetriever(dir, AnalyzerKind.CJK, LogisticModel.hybridPrior(),
                RetrievalConfig.defaults(), encoder(backbone))) {
            assertThat(r.hybrid()).isTrue();
            // the text shares no char with the post; the turn's embedding is the post's (precomputed, no backbone pass here)
            List<RetrievedReply> cands = r.candidates("随便聊聊吧", backbone.embed("今天天气怎么样"));
            RetrievedReply hit = cands.stream().filter(c -> c.matchedPost().equals("今天天气怎么样")).findFirst().orElseThrow();
            assertThat(hit.reply()).isEqualTo("晴朗无云适合出门");
            assertThat(hit.features().bm25()).isZero();
            assertThat(hit.features().postCosine()).isGreaterThan(0.99);
            assertThat(hit.features().replyCosine()).isLessThan(hit.features().postCosine());
        }
    }

    @Test
    void anIndexWithoutVectorsServesBm25OnlyEvenWhenAnEncoderIsGiven() throws Exception {
        List<ChatPair> pairs = corpus();
        HashingEmbedder backbone = backbone(pairs);
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        ChatIndexBuilder.build(pairs, dir, AnalyzerKind.CJK, null, n -> { });
        try (ChatRetriever r = new ChatRetriever(dir, AnalyzerKind.CJK, LogisticModel.prior(), RetrievalConfig.defaults(),
                encoder(backbone))) {
            assertThat(r.hybrid()).isFalse();
            assertThat(r.candidates("随便聊聊吧", backbone.embed("今天天气怎么样")))
                    .noneMatch(c -> c.matchedPost().equals("今天天气怎么样"));
            assertThat(r.candidates("今天天气怎么样啊", backbone.embed("今天天气怎么样啊"))).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.features().postCosine()).isZero());
        }
    }

    @Test
    void aHybridGenerationIsCalibratedBothWaysAndServedWithTheBetterOne() throws Exception {
        List<ChatPair> pairs = corpus();
        HashingEmbedder backbone = backbone(pairs);
        List<String> modes = new ArrayList<>();
        Path gen = ChatIndexes.buildGeneration(root, pairs, List.of(), AnalyzerKind.CJK, encoder(backbone), 400,
                n -> { }, (mode, result) -> modes.add(mode));
        assertThat(modes).containsExactly("bm25", "hybrid");
        Properties meta = new Properties();
        try (var in = Files.newInputStream(gen.resolve(ChatIndexes.META))) {
            meta.load(in);
        }
        assertThat(meta.getProperty("calibration.bm25")).contains("paraphraseTop1=");
        assertThat(meta.getProperty("calibration.hybrid")).contains("paraphraseTop1=");
        boolean hybrid = ChatIndexes.isHybrid(gen);
        try (ReloadingRetriever serving = new ReloadingRetriever(root, RetrievalConfig.defaults(), encoder(backbone))) {
            assertThat(serving.hybrid()).isEqualTo(hybrid);
            assertThat(serving.search("今天天气真好啊", backbone.embed("今天天气真好啊"))).first()
                    .extracting(RetrievedReply::reply).isEqualTo("是啊,适合出去走走");
        }
        try (ChatRetriever lexical = ChatIndexes.open(gen, RetrievalConfig.defaults())) {
            assertThat(lexical.hybrid()).isFalse();
            assertThat(lexical.search("今天天气真好啊")).isNotEmpty();
        }
    }

    @Test
    void badTextOrEmbeddingsNeverThrow() throws Exception {
        List<ChatPair> pairs = corpus();
        HashingEmbedder backbone = backbone(pairs);
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        ChatIndexBuilder.build(pairs, dir, AnalyzerKind.CJK, encoder(backbone), n -> { });
        float[] nan = new float[64];
        java.util.Arrays.fill(nan, Float.NaN);
        List<float[]> embeddings = new ArrayList<>(List.of(new float[0], new float[64], new float[3], nan,
                backbone.embed("你好")));
        embeddings.add(null);
        List<String> texts = List.of("", "   ", "😀".repeat(500), "\u0000\u0007", "１２３", "MATCH (n) DETACH DELETE n",
                "'; DROP TABLE x; --", "今天天氣怎麼樣", "啊".repeat(20_000));
        try (ChatRetriever r = new ChatRetriever(dir, AnalyzerKind.CJK, LogisticModel.hybridPrior(),
                RetrievalConfig.defaults(), encoder(backbone))) {
            for (String t : texts) {
                for (float[] e : embeddings) {
                    assertThatCode(() -> r.search(t, e)).doesNotThrowAnyException();
                }
                assertThatCode(() -> r.search(t)).doesNotThrowAnyException();
            }
        }
    }
}
