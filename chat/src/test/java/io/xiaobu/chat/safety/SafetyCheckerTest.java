package io.xiaobu.chat.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runs on the project's own lists plus sensitive-word's bundled dictionary (no data dir needed). */
class SafetyCheckerTest {

    private static final SafetyChecker CHECKER = new SafetyChecker(SafetyLexicon.load(null));

    @Test
    void abusiveQueryIsUnsafeAsAbuse() {
        SafetyVerdict v = CHECKER.checkQuery("你个傻逼");
        assertThat(v.safe()).isFalse();
        assertThat(v.category()).isEqualTo(SafetyCategory.ABUSE);
        assertThat(v.check()).isEqualTo("query");
    }

    @Test
    void fullWidthAndUpperCaseAbuseIsStillFound() {
        assertThat(CHECKER.checkQuery("你是ＳＢ吗").safe()).isFalse();
    }

    @Test
    void selfHarmQueryIsUnsafeAsSelfHarm() {
        assertThat(CHECKER.checkQuery("我真的不想活了").category()).isEqualTo(SafetyCategory.SELF_HARM);
    }

    @Test
    void everydayChatIsSafe() {
        for (String s : new String[] {"今天天气真好", "我也要去健身", "生日快乐", "晚上吃火锅吗", "你叫什么名字"}) {
            assertThat(CHECKER.checkQuery(s).safe()).as(s).isTrue();
        }
    }

    @Test
    void encouragingReplyToASelfHarmHintIsDroppedAsAPair() {
        assertThat(CHECKER.checkReply("去吧，加油！").safe()).isTrue();
        SafetyVerdict v = CHECKER.checkCandidate("我想从天台跳下去", "去吧，加油！");
        assertThat(v.safe()).isFalse();
        assertThat(v.category()).isEqualTo(SafetyCategory.HARMFUL_PAIR);
        assertThat(v.matched()).isEqualTo("encourage_self_harm");
    }

    @Test
    void theSameReplyToAHarmlessQueryPasses() {
        assertThat(CHECKER.checkCandidate("我明天要考试了", "去吧，加油！").safe()).isTrue();
    }

    @Test
    void drunkDrivingAdviceIsDropped() {
        assertThat(CHECKER.checkCandidate("我喝了酒准备回家", "路上小心，慢点开").safe()).isFalse();
    }

    @Test
    void replyWithAnInsultIsDropped() {
        assertThat(CHECKER.checkReply("你就是个白痴").safe()).isFalse();
    }

    @Test
    void badInputNeverThrows() {
        for (String s : new String[] {null, "", "\u0000", "😀".repeat(1000), "x".repeat(100_000), "MATCH (n) RETURN n"}) {
            assertThat(CHECKER.checkQuery(s)).isNotNull();
            assertThat(CHECKER.checkCandidate(s, s)).isNotNull();
        }
    }
}
