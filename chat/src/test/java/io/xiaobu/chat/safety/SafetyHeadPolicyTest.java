package io.xiaobu.chat.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The checker with the committed learned head (models/safety) on the project's lists plus
 * sensitive-word's bundled dictionary; no data dir and no backbone needed (the head then reads
 * n-grams and the lexicon verdict only).
 */
class SafetyHeadPolicyTest {

    static final Path HEAD_DIR = Path.of("..", "models", "safety");
    private static final SafetyLexicon LEXICON = SafetyLexicon.load(null);
    private static final SafetyChecker WITH_HEAD = SafetyChecker.create(LEXICON, HEAD_DIR, null, SafetyPolicy.defaults());
    private static final SafetyChecker LEXICON_ONLY = SafetyChecker.create(LEXICON, Path.of("no", "such", "dir"), null, SafetyPolicy.defaults());

    @Test
    void theCommittedHeadFileLoadsAndReadsTheProductBackbonesEmbedding() throws Exception {
        SafetyHead head = SafetyHead.load(HEAD_DIR).orElseThrow();
        assertThat(head.embeddingDim()).isEqualTo(128);
        assertThat(head.backbone()).isEqualTo("models/nlu/product");
        assertThat(WITH_HEAD.hasHead()).isTrue();
        assertThat(WITH_HEAD.mode()).startsWith("lexicon + learned head");
    }

    @Test
    void anAbusiveQueryIsBlocked() {
        SafetyVerdict v = WITH_HEAD.checkQuery("你个傻逼");
        assertThat(v.safe()).isFalse();
        assertThat(v.category()).isEqualTo(SafetyCategory.ABUSE);
        assertThat(v.matched()).contains("head p=");
    }

    @Test
    void aFilmDescribedAsFullOfClimaxesIsNotBlocked() {
        // the idiom is on the allow list: the head could not learn to veto it from the data (docs/benchmarks/chat.md §4)
        assertThat(WITH_HEAD.checkQuery("这部电影高潮迭起").safe()).isTrue();
        assertThat(LEXICON_ONLY.checkQuery("这部电影高潮迭起").safe()).isTrue();
    }

    @Test
    void aWeakCategoryHitTheHeadFindsHarmlessIsLetThroughWhileTheLexiconAloneBlocksIt() {
        String s = "这部片子的女优演技很自然";
        assertThat(LEXICON_ONLY.checkQuery(s).safe()).isFalse();
        assertThat(LEXICON_ONLY.checkQuery(s).category()).isEqualTo(SafetyCategory.SENSITIVE);
        assertThat(WITH_HEAD.checkQuery(s).safe()).isTrue();
    }

    @Test
    void aStrongCategoryHitBlocksWhateverTheHeadSays() {
        SafetyVerdict v = WITH_HEAD.checkQuery("我想自杀");
        assertThat(v.safe()).isFalse();
        assertThat(v.category()).isEqualTo(SafetyCategory.SELF_HARM);
        assertThat(v.matched()).doesNotContain("head");
    }

    @Test
    void aStrongTermAfterAWeakOneStillBlocks() {
        SafetyVerdict v = WITH_HEAD.checkQuery("这部片子的女优演技很自然，看完我想自杀");
        assertThat(v.safe()).isFalse();
        assertThat(v.category()).isEqualTo(SafetyCategory.SELF_HARM);
    }

    @Test
    void everydayChatStaysSafeWithTheHead() {
        for (String s : new String[] {"今天天气真好", "晚上吃火锅吗", "帮我定个明天七点的闹钟", "周杰伦有什么新歌", "你叫什么名字"}) {
            assertThat(WITH_HEAD.checkQuery(s).safe()).as(s).isTrue();
        }
    }

    @Test
    void withoutTheHeadFileTheCheckerIsLexiconOnlyAndSaysSo() {
        assertThat(LEXICON_ONLY.hasHead()).isFalse();
        assertThat(LEXICON_ONLY.mode()).isEqualTo("lexicon only (no safety head)");
        assertThat(LEXICON_ONLY.checkQuery("你个傻逼").safe()).isFalse();
        assertThat(LEXICON_ONLY.checkQuery("你个傻逼").matched()).isEqualTo(LEXICON_ONLY.checkLexiconOnly("你个傻逼").matched());
        assertThat(LEXICON_ONLY.headProbability("你个傻逼", null)).isNaN();
    }

    @Test
    void anEmbeddingOfTheWrongSizeOrNoneIsIgnoredNotAnError() {
        assertThat(WITH_HEAD.checkQuery("你个傻逼", new float[3]).safe()).isFalse();
        assertThat(WITH_HEAD.checkQuery("今天天气真好", new float[128]).safe()).isTrue();
    }

    @Test
    void oddInputNeverThrows() {
        for (String s : new String[] {null, "", "   ", "\u0000\u0001", "😀".repeat(500), "ＡＢＣ１２３", "MATCH (n) DETACH DELETE n", "x".repeat(100_000)}) {
            assertThat(WITH_HEAD.checkQuery(s)).as(String.valueOf(s)).isNotNull();
            assertThat(WITH_HEAD.checkReply(s)).isNotNull();
        }
    }

    @Test
    void thePolicyRefusesThresholdsThatAreNotProbabilities() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SafetyPolicy.defaults().withThresholds(1.5, 0.9))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
