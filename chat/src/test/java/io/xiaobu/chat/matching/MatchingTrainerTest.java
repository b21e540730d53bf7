package io.xiaobu.chat.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.xiaobu.chat.retrieval.HashingEmbedder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The matching projection learns, from a handful of (post, reply) pairs, which reply answers which post. */
class MatchingTrainerTest {

    /** Posts and replies share no chars, so untrained cosine cannot tell which reply belongs to which post. */
    private static final List<String[]> PAIRS = List.of(
            new String[] {"今天天气怎么样", "晴朗无云适合出门"},
            new String[] {"你喜欢吃什么", "我最爱火锅和烤肉"},
            new String[] {"晚安我去睡觉了", "好梦明早见"},
            new String[] {"周末去哪里玩", "可以爬山或者逛公园"},
            new String[] {"我好难过啊", "抱抱你别伤心"},
            new String[] {"推荐一首歌吧", "听听周杰伦的晴天"},
            new String[] {"你几岁了", "永远十八呀"},
            new String[] {"工作太累了", "辛苦啦休息一下"});

    @TempDir
    Path dir;

    private static HashingEmbedder backbone() {
        List<String> all = new ArrayList<>();
        PAIRS.forEach(p -> all.addAll(List.of(p)));
        return HashingEmbedder.fit(all, 64);
    }

    private static MatchingProjection train(HashingEmbedder backbone) {
        List<float[]> posts = PAIRS.stream().map(p -> backbone.embed(p[0])).toList();
        List<float[]> replies = PAIRS.stream().map(p -> backbone.embed(p[1])).toList();
        MatchingTrainer.Settings s = new MatchingTrainer.Settings(300, 8, 0.01, 10, 0, 0, 1);
        return new MatchingTrainer(s).train(posts, replies, line -> { }).projection();
    }

    private static String bestReply(MatchingEncoder encoder, String query) {
        float[] q = encoder.query(query);
        List<float[]> replies = encoder.replies(PAIRS.stream().map(p -> p[1]).toList());
        int best = 0;
        for (int i = 1; i < replies.size(); i++) {
            if (MatchingTrainer.dot(q, replies.get(i)) > MatchingTrainer.dot(q, replies.get(best))) {
                best = i;
            }
        }
        return PAIRS.get(best)[1];
    }

    @Test
    void aParaphraseOfATrainedPostGetsItsReplyFirst() {
        HashingEmbedder backbone = backbone();
        MatchingEncoder trained = new MatchingEncoder(backbone::embed, train(backbone), "test");
        assertThat(bestReply(trained, "今天天气怎么样呀")).isEqualTo("晴朗无云适合出门");
        assertThat(bestReply(trained, "你最喜欢吃什么")).isEqualTo("我最爱火锅和烤肉");
        assertThat(bestReply(trained, "工作真的太累了")).isEqualTo("辛苦啦休息一下");
    }

    @Test
    void trainingBeatsTheIdentityStartOnTheTrainingPairs() {
        HashingEmbedder backbone = backbone();
        MatchingEncoder identity = new MatchingEncoder(backbone::embed, MatchingProjection.identity(64), "identity");
        MatchingEncoder trained = new MatchingEncoder(backbone::embed, train(backbone), "trained");
        long identityHits = PAIRS.stream().filter(p -> bestReply(identity, p[0]).equals(p[1])).count();
        long trainedHits = PAIRS.stream().filter(p -> bestReply(trained, p[0]).equals(p[1])).count();
        assertThat(trainedHits).isEqualTo(PAIRS.size()).isGreaterThan(identityHits);
    }

    @Test
    void aSavedProjectionLoadsBackIdentical() throws Exception {
        MatchingProjection p = train(backbone());
        p.save(dir);
        MatchingProjection loaded = MatchingProjection.load(dir);
        float[] x = backbone().embed("推荐一首歌吧");
        assertThat(loaded.query(x)).containsExactly(p.query(x), org.assertj.core.data.Offset.offset(1e-5f));
        assertThat(loaded.reply(x)).containsExactly(p.reply(x), org.assertj.core.data.Offset.offset(1e-5f));
    }

    @Test
    void oddEmbeddingsGiveZeroVectorsInsteadOfThrowing() {
        MatchingProjection p = MatchingProjection.identity(4);
        assertThat(p.query(null)).containsOnly(0f);
        assertThat(p.query(new float[3])).containsOnly(0f);
        assertThat(p.query(new float[] {Float.NaN, 0, 0, 0})).containsOnly(0f);
        assertThat(p.reply(new float[] {3, 0, 4, 0})).containsExactly(0.6f, 0f, 0.8f, 0f);
    }
}
