package io.xiaobu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's embedding cache runs the backbone once per distinct text and keeps the input order. */
class CachingEmbedderTest {

    @Test
    void repeatedTextsAreEmbeddedOnceAndReturnedInOrder() {
        List<String> seen = new ArrayList<>();
        CachingEmbedder cache = new CachingEmbedder(text -> {
            seen.add(text);
            return new float[] {text.length()};
        });
        List<float[]> out = cache.embedAll(List.of("你好", "今天天气", "你好"));
        assertThat(out).extracting(v -> v[0]).containsExactly(2f, 4f, 2f);
        assertThat(cache.embed("今天天气")[0]).isEqualTo(4f);
        cache.embedAll(List.of("今天天气", "晚安"));
        assertThat(seen).containsExactly("你好", "今天天气", "晚安");
        assertThat(cache.size()).isEqualTo(3);
    }
}
