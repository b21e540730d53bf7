package io.xiaobu.chat.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.xiaobu.chat.corpus.ChatPair;
import io.xiaobu.chat.corpus.LcccReader;
import io.xiaobu.chat.retrieval.Embedder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokenizer layout, and a tiny DJL training run: saved and re-loaded encoders give identical vectors. */
class DualEncoderTest {

    @TempDir
    Path dir;

    @Test
    void tokensAreCharsFirstThenHashedBigramsThenPadding() {
        CharTokenizer t = CharTokenizer.fit(List.of("你好你好", "好的"), 10, 50, 8);
        long[] ids = t.encode("你好吗");
        assertThat(ids).hasSize(8);
        assertThat(ids[0]).isGreaterThan(1);       // 你: known char
        assertThat(ids[2]).isEqualTo(1);           // 吗: unknown char
        assertThat(ids[3]).isGreaterThanOrEqualTo(2 + 2); // first bigram bucket, after the chars
        assertThat(ids[5]).isZero();               // padding
        assertThat(t.encode(null)).containsOnly(0L);
    }

    @Test
    void aTrainedEncoderRoundTripsThroughDisk() throws Exception {
        Path tsv = Path.of(getClass().getResource("/retrieval/pairs.tsv").toURI());
        List<ChatPair> pairs = new ArrayList<>(LcccReader.readPairs(tsv));
        pairs.addAll(LcccReader.readPairs(tsv));
        DualEncoderTrainer.Settings s = new DualEncoderTrainer.Settings(16, 500, 200, 16, 8, 2, 0.01f, 10f, 1L);
        DualEncoderTrainer.train(pairs, s, dir, line -> { });
        try (DualEncoderEmbedder a = DualEncoderEmbedder.load(dir); DualEncoderEmbedder b = DualEncoderEmbedder.load(dir)) {
            float[] v = a.embed("今天天气真好");
            assertThat(v).hasSize(16);
            assertThat(Embedder.dot(v, v)).isCloseTo(1f, within(1e-3f));
            assertThat(b.embed("今天天气真好")).containsExactly(v);
            assertThat(a.embedAll(List.of("", "😀", "好".repeat(10_000)))).hasNumberOfRows(3);
        }
    }
}
