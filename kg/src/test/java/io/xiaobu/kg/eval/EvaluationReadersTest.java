package io.xiaobu.kg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation file formats, on lines written for the tests. */
class EvaluationReadersTest {

    @Test
    void nlpcc2016BlocksGiveQuestionTripleAndAnswer(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("kbqa.txt");
        Files.writeString(f, """
                <question id=10>	《某书》这本书的作者是谁？
                <triple id=10>	某书 ||| 作者 ||| 张三
                <answer id=10>	张三
                ==================================================
                <question id=11>	某地在哪
                <triple id=11>	某地 ||| 位置 ||| 南方
                <answer id=11>	南方
                """);
        assertThat(KbqaEvaluation.read(f, false)).hasSize(2);
        List<KbqaEvaluation.Item> dev = KbqaEvaluation.read(f, true);
        assertThat(dev).containsExactly(new KbqaEvaluation.Item(10, "《某书》这本书的作者是谁？", "某书", "作者", "张三"));
    }

    @Test
    void nlpcc2018TagsGiveSpansInTheUntaggedTextAndMarkAsrErrors(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("corpus.txt");
        Files.writeString(f, "1\t播放英文文的体验\tmusic.play\t播放<singer>英文文||于文文</singer>的<song>体验||体面</song>\n");
        List<LinkingEvaluation.Gold> gold = LinkingEvaluation.nlpcc2018(f, LinkingEvaluation.Split.ALL);
        assertThat(gold).hasSize(2);
        assertThat(gold.get(0).text()).isEqualTo("播放英文文的体验");
        assertThat(gold.get(0).start()).isEqualTo(2);
        assertThat(gold.get(0).end()).isEqualTo(5);
        assertThat(gold.get(0).canonical()).isEqualTo("于文文");
        assertThat(gold.get(0).asrError()).isTrue();
    }

    @Test
    void theMultiHopSetHasMoreThanAHundredQuestionsWithCheckParameters() throws Exception {
        List<MultiHopEvaluation.Item> items = MultiHopEvaluation.readResource();
        assertThat(items).hasSizeGreaterThanOrEqualTo(100);
        assertThat(items).allMatch(i -> !i.subject().isBlank() && !i.expected().isBlank());
        assertThat(items.stream().filter(i -> i.shape().equals("chain"))).allMatch(i -> i.predicates().size() >= 2);
    }

    @Test
    void percentilesAreNearestRank() {
        long[] ns = {1_000_000, 2_000_000, 3_000_000, 4_000_000};
        assertThat(Percentiles.ms(ns, 50)).isEqualTo(2.0);
        assertThat(Percentiles.ms(ns, 99)).isEqualTo(4.0);
    }
}
