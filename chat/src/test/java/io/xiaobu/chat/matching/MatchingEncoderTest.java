package io.xiaobu.chat.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service's encoder projects the turn's backbone embedding and runs no backbone of its own. */
class MatchingEncoderTest {

    @TempDir
    Path dir;

    @Test
    void aProjectionOnlyEncoderProjectsTheGivenEmbeddingAndHasNoVectorForBareText() throws Exception {
        MatchingProjection.identity(4).save(dir);
        MatchingEncoder encoder = MatchingEncoder.projectionOnly(dir);
        assertThat(encoder).isNotNull();
        assertThat(encoder.dimension()).isEqualTo(4);
        assertThat(encoder.queryFromBackbone(new float[] {0, 3, 0, 4})).containsExactly(0f, 0.6f, 0f, 0.8f);
        assertThat(encoder.query("今天天气怎么样")).containsOnly(0f);
    }

    @Test
    void aMissingOrBrokenProjectionMeansNoEncoder() throws Exception {
        assertThat(MatchingEncoder.projectionOnly(dir.resolve("absent"))).isNull();
        assertThat(MatchingEncoder.projectionOnly(null)).isNull();
        java.nio.file.Files.writeString(dir.resolve(MatchingProjection.FILE), "not a projection\n");
        assertThat(MatchingEncoder.projectionOnly(dir)).isNull();
    }

    @Test
    void aBackboneThatThrowsGivesAZeroVectorNotAnException() {
        MatchingEncoder encoder = new MatchingEncoder(text -> {
            throw new IllegalStateException("model inference failed");
        }, MatchingProjection.identity(4), "failing");
        assertThat(encoder.query("你好")).containsOnly(0f);
    }
}
