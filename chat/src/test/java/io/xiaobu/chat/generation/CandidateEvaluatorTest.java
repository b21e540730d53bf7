package io.xiaobu.chat.generation;

import static org.assertj.core.api.Assertions.assertThat;

import io.xiaobu.chat.safety.SafetyChecker;
import io.xiaobu.chat.safety.SafetyLexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How one generated reply is judged: gates first, then a likelihood-led score in [0,1]. */
class CandidateEvaluatorTest {

    static final CandidateEvaluator EVALUATOR = new CandidateEvaluator(new SafetyChecker(SafetyLexicon.load(null)),
            EvaluatorConfig.defaults());

    private static ScoredReply judge(String query, String reply, double logProb, boolean finished) {
        return EVALUATOR.score(query, List.of(), new GeneratedSample(reply, reply.length(), logProb, finished));
    }

    @Test
    void aFluentSafeReplyPassesAndALikelierOneScoresHigher() {
        ScoredReply likely = judge("周末去哪玩", "去公园散步吧", -1.5, true);
        ScoredReply unlikely = judge("周末去哪玩", "去公园散步吧", -5.0, true);
        assertThat(likely.passed()).isTrue();
        assertThat(likely.score()).isGreaterThan(unlikely.score()).isLessThanOrEqualTo(1);
        assertThat(unlikely.passed()).isFalse();
    }

    @Test
    void anAbusiveReplyIsRejectedWhateverItsLikelihood() {
        ScoredReply r = judge("你好", "你个傻逼", -0.1, true);
        assertThat(r.score()).isZero();
        assertThat(r.rejectedBy()).startsWith("unsafe");
    }

    @Test
    void aReplyHarmfulOnlyAsAnAnswerIsRejectedByThePairCheck() {
        assertThat(judge("我想从天台跳下去", "去吧，加油！", -0.1, true).rejectedBy()).startsWith("unsafe pair");
    }

    @Test
    void echoesRepetitionsCutRepliesAndTooShortRepliesAreRejected() {
        assertThat(judge("今天好累", "今天好累", -0.1, true).rejectedBy()).isEqualTo("echo");
        assertThat(judge("你好", "哈哈哈哈哈哈哈哈", -0.1, true).rejectedBy()).isEqualTo("repetitive");
        assertThat(judge("你好", "我觉得这个", -0.1, false).rejectedBy()).isEqualTo("cut at the length limit");
        assertThat(judge("你好", "嗯", -0.1, true).rejectedBy()).startsWith("length");
    }

    @Test
    void relevanceIsTheCharOverlapWithQueryAndContext() {
        assertThat(CandidateEvaluator.relevance("火锅", List.of(), "吃火锅吗")).isGreaterThan(0.5);
        assertThat(CandidateEvaluator.relevance("晚安", List.of(), "吃火锅吗")).isZero();
        assertThat(CandidateEvaluator.repetition("哈哈哈哈")).isGreaterThan(0.5);
        assertThat(CandidateEvaluator.repetition("你好呀")).isZero();
    }
}
