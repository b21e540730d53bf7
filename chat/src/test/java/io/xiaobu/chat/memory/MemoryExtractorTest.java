package io.xiaobu.chat.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemoryExtractorTest {

    private final MemoryExtractor extractor = new MemoryExtractor();

    @Test
    void whereTheUserLivesIsAHomeFact() {
        assertThat(extractor.extract("我住在杭州")).containsExactly(new MemoryFact(MemoryKind.HOME, "self", "杭州", ""));
        assertThat(extractor.extract("我家在成都啊")).containsExactly(new MemoryFact(MemoryKind.HOME, "self", "成都", ""));
    }

    @Test
    void whereTheUserIsNowNeedsAnActivityOrAPlaceSuffix() {
        assertThat(extractor.extract("我现在在北京出差")).containsExactly(new MemoryFact(MemoryKind.LOCATION, "self", "北京", ""));
        assertThat(extractor.extract("我在苏州市")).containsExactly(new MemoryFact(MemoryKind.LOCATION, "self", "苏州市", ""));
        assertThat(extractor.extract("我在吃饭")).isEmpty();
    }

    @Test
    void birthdayInBothWordOrders() {
        assertThat(extractor.extract("我的生日是三月五号")).containsExactly(new MemoryFact(MemoryKind.BIRTHDAY, "self", "三月五号", ""));
        assertThat(extractor.extract("5月20日是我的生日")).containsExactly(new MemoryFact(MemoryKind.BIRTHDAY, "self", "5月20日", ""));
    }

    @Test
    void anniversaryKeepsWhoseItIs() {
        assertThat(extractor.extract("我和老婆的结婚纪念日是十月一号"))
                .containsExactly(new MemoryFact(MemoryKind.ANNIVERSARY, "我和老婆的结婚纪念日", "十月一号", ""));
        assertThat(extractor.extract("7月7号是我们的恋爱纪念日"))
                .containsExactly(new MemoryFact(MemoryKind.ANNIVERSARY, "恋爱纪念日", "7月7号", ""));
    }

    @Test
    void likingAndDisliking() {
        assertThat(extractor.extract("我喜欢周杰伦")).containsExactly(new MemoryFact(MemoryKind.PREFERENCE, "周杰伦", "喜欢", ""));
        assertThat(extractor.extract("我不喜欢周杰伦了")).containsExactly(new MemoryFact(MemoryKind.PREFERENCE, "周杰伦", "不喜欢", ""));
    }

    @Test
    void familyMemberNameAndPhoneWithCanonicalRelation() {
        assertThat(extractor.extract("我媳妇叫李娜，电话是138-0013-8000"))
                .containsExactly(new MemoryFact(MemoryKind.FAMILY, "老婆", "李娜", "13800138000"));
        assertThat(extractor.extract("我妈的手机号是13912345678"))
                .containsExactly(new MemoryFact(MemoryKind.FAMILY, "妈妈", "", "13912345678"));
    }

    @Test
    void questionsAndOtherPeopleAreNotStatements() {
        assertThat(extractor.extract("我的生日是哪天")).isEmpty();
        assertThat(extractor.extract("我朋友住在上海")).isEmpty();
        assertThat(extractor.extract("周杰伦的生日是哪天")).isEmpty();
    }

    @Test
    void badInputNeverThrows() {
        for (String s : new String[] {null, "", "   ", "\u0000\u0007", "😀".repeat(500), "我".repeat(10_000),
                "MATCH (n) DETACH DELETE n", "我住在'); DROP TABLE users;--", "我叫１２３"}) {
            assertThat(extractor.extract(s)).isNotNull();
        }
    }
}
