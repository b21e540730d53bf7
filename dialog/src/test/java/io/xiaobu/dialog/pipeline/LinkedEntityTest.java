package io.xiaobu.dialog.pipeline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LinkedEntityTest {

    private static LinkedEntity entity(String mention, int start, String type) {
        return new LinkedEntity(mention, start, start + mention.length(), type.toLowerCase() + ":" + mention, type, mention, 0.9, false);
    }

    @Test
    void whatIsAskedIsWhatStandsOutsideTheNames() {
        assertThat(LinkedEntity.outsideNames("周杰伦的老婆是谁", List.of(entity("周杰伦", 0, "PERSON")))).isEqualTo("\u0000的老婆是谁");
        assertThat(LinkedEntity.outsideNames("你是谁", List.of(entity("你是谁", 0, "THING")))).isEqualTo("\u0000");
        assertThat(LinkedEntity.outsideNames("明天天气", List.of())).isEqualTo("明天天气");
    }

    @Test
    void aMentionThatIsOnlyAQuestionWordNamesNothing() {
        assertThat(LinkedEntity.outsideNames("刘德华是哪里人", List.of(entity("刘德华", 0, "PERSON"), entity("哪里", 4, "THING"))))
                .isEqualTo("\u0000是哪里人");
        assertThat(LinkedEntity.outsideNames("什么", List.of(entity("什么", 0, "THING")))).isEqualTo("什么");
    }

    @Test
    void onlySongsPeoplePlacesAndTheLikeAreSpecific() {
        assertThat(entity("周杰伦", 0, "PERSON").specific()).isTrue();
        assertThat(entity("哪里", 0, "THING").specific()).isFalse();
        assertThat(entity("摇滚", 0, "GENRE").specific()).isFalse();
    }
}
