package io.xiaobu.chat.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The head's parts: n-gram hashing, training, saving and loading, the by-term split. */
class SafetyHeadTrainerTest {

    private static final String[] SAFE = {"今天天气不错", "我们去公园散步吧", "这首歌真好听", "晚饭吃面条", "明天早上开会", "帮我查一下火车票",
            "周末一起看电影", "你喜欢猫还是狗", "这本书很有意思", "下雨了记得带伞"};
    private static final String[] UNSAFE = {"你这个坏蛋滚", "坏蛋快滚开", "滚吧坏蛋", "你就是个坏蛋", "坏蛋闭嘴滚", "滚远点坏蛋"};

    private static List<SafetyHeadTrainer.Sample> toySamples(boolean withEmbeddings) {
        List<SafetyHeadTrainer.Sample> out = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            for (String s : SAFE) out.add(new SafetyHeadTrainer.Sample(s, false, withEmbeddings ? new float[] {0, 1} : null, SafetyCategory.NONE));
            for (String s : UNSAFE) out.add(new SafetyHeadTrainer.Sample(s, true, withEmbeddings ? new float[] {1, 0} : null, SafetyCategory.ABUSE));
        }
        return out;
    }

    @Test
    void ngramIndicesAreStableInRangeAndCountEveryGram() {
        CharNgrams g = new CharNgrams(1 << 10, 3);
        int[] a = g.indices("坏蛋滚");
        assertThat(a).hasSize(3 + 2 + 1);
        assertThat(java.util.Arrays.stream(a).allMatch(i -> i >= 0 && i < 1024)).isTrue();
        assertThat(g.indices("坏蛋滚")).containsExactly(a);
        assertThat(g.indices("")).isEmpty();
        assertThat(g.indices(null)).isEmpty();
        assertThat(g.indices("A b")).containsExactly(g.indices("ab"));
    }

    @Test
    void aHeadTrainedOnAToySetSeparatesItAndSurvivesASaveLoadRoundTrip(@TempDir Path dir) throws Exception {
        var options = new SafetyHeadTrainer.Options(1 << 10, 3, 30, 0.3, 1e-5, 0.3, 0.5, 7L);
        SafetyHead head = new SafetyHeadTrainer(options).train(toySamples(true), "toy", Map.of("note", "test"), line -> { });
        assertThat(head.unsafeProbability("你这个坏蛋", new float[] {1, 0})).isGreaterThan(0.8);
        assertThat(head.unsafeProbability("今天去公园", new float[] {0, 1})).isLessThan(0.2);
        assertThat(head.unsafeProbability("坏蛋滚", null, SafetyCategory.ABUSE))
                .isGreaterThan(head.unsafeProbability("今天天气", null, SafetyCategory.NONE));
        head.save(dir);
        assertThat(Files.size(dir.resolve(SafetyHead.FILE))).isLessThan(100_000);
        SafetyHead again = SafetyHead.load(dir).orElseThrow();
        for (String s : new String[] {"你这个坏蛋", "今天去公园", "随便什么话"}) {
            assertThat(again.unsafeProbability(s, new float[] {0.5f, 0.5f})).isEqualTo(head.unsafeProbability(s, new float[] {0.5f, 0.5f}));
        }
        assertThat(again.backbone()).isEqualTo("toy");
    }

    @Test
    void aHeadTrainedWithoutEmbeddingsStillWorksOnNgrams() {
        SafetyHead head = new SafetyHeadTrainer(new SafetyHeadTrainer.Options(1 << 10, 3, 30, 0.3, 1e-5, 0.3, 0.5, 7L))
                .train(toySamples(false), "none", Map.of(), line -> { });
        assertThat(head.embeddingDim()).isZero();
        assertThat(head.unsafeProbability("坏蛋滚开", new float[128])).isGreaterThan(0.8);
    }

    @Test
    void trainingReportsProgressOncePerEpoch() {
        List<String> lines = new ArrayList<>();
        new SafetyHeadTrainer(new SafetyHeadTrainer.Options(1 << 8, 2, 4, 0.3, 1e-5, 0.3, 0.5, 7L)).train(toySamples(true), "toy", Map.of(), lines::add);
        assertThat(lines).hasSize(4).allMatch(l -> l.startsWith("epoch "));
    }

    @Test
    void theSplitOfATermIsStableAndRoughlySeventyTenTwenty() {
        assertThat(SafetyDataset.splitOf("大麻")).isEqualTo(SafetyDataset.splitOf("大麻"));
        int[] n = new int[3];
        for (int i = 0; i < 10_000; i++) n[SafetyDataset.splitOf("term" + i).ordinal()]++;
        assertThat(n[0]).isBetween(6_700, 7_300);
        assertThat(n[1]).isBetween(800, 1_200);
        assertThat(n[2]).isBetween(1_800, 2_200);
    }
}
