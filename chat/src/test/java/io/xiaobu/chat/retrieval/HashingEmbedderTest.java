package io.xiaobu.chat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HashingEmbedderTest {

    private final HashingEmbedder embedder = HashingEmbedder.fit(
            List.of("今天天气真好", "我想吃火锅", "周末去爬山", "火锅配可乐"), 64);

    @Test
    void vectorsAreUnitLength() {
        float[] v = embedder.embed("我想吃火锅");
        assertThat(Embedder.dot(v, v)).isCloseTo(1f, within(1e-4f));
    }

    @Test
    void sharedWordsMeanHigherSimilarity() {
        float[] q = embedder.embed("想吃火锅了");
        assertThat(Embedder.dot(q, embedder.embed("火锅配可乐"))).isGreaterThan(Embedder.dot(q, embedder.embed("周末去爬山")));
    }

    @Test
    void textWithoutContentIsTheZeroVector() {
        assertThat(embedder.embed("😀！！")).containsOnly(0f);
        assertThat(embedder.embed(null)).hasSize(64);
    }

    @Test
    void tiedScoresShareTheirAverageRank() {
        Map<Integer, Double> r = RetrievalEvaluator.ranks(Map.of(1, 3.0, 2, 1.0, 3, 1.0));
        assertThat(r).containsEntry(1, 1.0).containsEntry(2, 2.5).containsEntry(3, 2.5);
    }
}
