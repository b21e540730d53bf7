package io.xiaobu.dialog.knowledge;

import io.xiaobu.dialog.pipeline.LinkedEntity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The graph is asked only when the words ask something of the entities they mention. */
class KbqaSourceTest {

    private static LinkedEntity entity(String mention, int start, String type) {
        return new LinkedEntity(mention, start, start + mention.length(), type.toLowerCase() + ":" + mention, type, mention, 0.9, false);
    }

    @Test
    void aQuestionAboutAnEntityGoesToTheGraph() {
        assertThat(KbqaSource.asksBesidesNaming("周杰伦的老婆是谁", List.of(entity("周杰伦", 0, "PERSON")))).isTrue();
        assertThat(KbqaSource.asksBesidesNaming("十万个为什么是谁写的", List.of(entity("十万个为什么", 0, "THING")))).isTrue();
        assertThat(KbqaSource.asksBesidesNaming("刘德华多高", List.of(entity("刘德华", 0, "PERSON"), entity("德华", 1, "THING")))).isTrue();
        // the graph also has a thing called 哪里: a question word names nothing
        assertThat(KbqaSource.asksBesidesNaming("刘德华是哪里人", List.of(entity("刘德华", 0, "PERSON"), entity("哪里", 4, "THING")))).isTrue();
    }

    @Test
    void aTitleThatIsItselfAQuestionAsksTheGraphNothing() {
        // a TV show called 你是谁: the user asks the assistant who it is, not for the show's broadcast names
        assertThat(KbqaSource.asksBesidesNaming("你是谁", List.of(entity("你是谁", 0, "THING")))).isFalse();
        assertThat(KbqaSource.asksBesidesNaming("你叫什么名字", List.of(entity("你叫什么名字", 0, "SONG")))).isFalse();
        assertThat(KbqaSource.asksBesidesNaming("周杰伦", List.of(entity("周杰伦", 0, "PERSON")))).isFalse();
        // a yes/no question to the assistant: "爱情的演唱者是莫文蔚" answered 你相信爱情吗
        assertThat(KbqaSource.asksBesidesNaming("你相信爱情吗", List.of(entity("爱情", 3, "SONG")))).isFalse();
        assertThat(KbqaSource.asksBesidesNaming("你会说英语吗", List.of(entity("英语", 4, "THING")))).isFalse();
        assertThat(KbqaSource.asksBesidesNaming("你知道周杰伦的老婆是谁吗", List.of(entity("周杰伦", 3, "PERSON")))).isTrue();
        assertThat(KbqaSource.asksBesidesNaming("周杰伦是歌手吗", List.of(entity("周杰伦", 0, "PERSON")))).isTrue();
    }
}
