package io.xiaobu.chat.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** distinct-n and BLEU-2 on hand-computed cases. */
class GenerationMetricsTest {

    @Test
    void distinctCountsUniqueNgramsOverAllReplies() {
        assertThat(GenerationMetrics.distinct(List.of("哈哈", "哈哈"), 1)).isCloseTo(0.25, within(1e-9));
        assertThat(GenerationMetrics.distinct(List.of("你好", "好的"), 2)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void bleu2IsOneForAnExactMatchAndZeroWithoutSharedBigrams() {
        assertThat(GenerationMetrics.bleu2(List.of("今天天气好"), List.of("今天天气好"))).isCloseTo(1.0, within(1e-9));
        assertThat(GenerationMetrics.bleu2(List.of("晚安"), List.of("今天天气好"))).isZero();
        // 4 of 4 unigrams, 2 of 3 bigrams match; brevity penalty exp(1 - 5/4)
        double expected = Math.exp(1 - 5 / 4.0) * Math.sqrt(1.0 * 2 / 3);
        assertThat(GenerationMetrics.bleu2(List.of("今天天好"), List.of("今天天气好"))).isCloseTo(expected, within(1e-9));
    }
}
