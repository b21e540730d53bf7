package io.xiaobu.chat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.xiaobu.chat.corpus.ChatPair;
import io.xiaobu.chat.corpus.LcccReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetrievalEvaluatorTest {

    @Test
    void tiesAreCountedInExpectation() {
        assertThat(RetrievalEvaluator.recallAt(1, 0, 0)).isEqualTo(1.0);
        assertThat(RetrievalEvaluator.recallAt(1, 0, 3)).isEqualTo(0.25);
        assertThat(RetrievalEvaluator.recallAt(10, 12, 5)).isEqualTo(0.0);
    }

    @Test
    void repliesThatShareWordsWithTheirPostRankFirst() throws Exception {
        List<ChatPair> pairs = new ArrayList<>();
        String[] topics = {"火锅", "电影", "跑步", "猫咪", "下雨", "考试", "咖啡", "海边", "蛋糕", "手机", "球赛", "闹钟"};
        for (String t : topics) {
            pairs.add(ChatPair.of("我今天想聊聊" + t, t + "确实不错", "test", "t"));
        }
        RetrievalEvaluator.Metrics m = RetrievalEvaluator.bm25(pairs, AnalyzerKind.CJK, 9, 1, n -> { });
        assertThat(m.n()).isEqualTo(12);
        assertThat(m.recallAt1()).isEqualTo(1.0);
        assertThat(m.mrr()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void unrelatedRepliesScoreNearChance() throws Exception {
        Path tsv = Path.of(getClass().getResource("/retrieval/pairs.tsv").toURI());
        List<ChatPair> pairs = LcccReader.readPairs(tsv);
        RetrievalEvaluator.Metrics m = RetrievalEvaluator.bm25(pairs, AnalyzerKind.CJK, 9, 1, n -> { });
        assertThat(m.recallAt10()).isEqualTo(1.0); // 1 + 9 candidates: always within the top 10
        assertThat(m.recallAt1()).isBetween(0.1, 1.0);
    }
}
