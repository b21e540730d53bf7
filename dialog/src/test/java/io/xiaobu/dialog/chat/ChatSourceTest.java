package io.xiaobu.dialog.chat;

import io.xiaobu.dialog.pipeline.LinkedEntity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A generated reply is small talk: it is held back where the words ask for a fact it would only pretend to know. */
class ChatSourceTest {

    private static LinkedEntity entity(String mention, int start, String type) {
        return new LinkedEntity(mention, start, start + mention.length(), type.toLowerCase() + ":" + mention, type, mention, 0.9, false);
    }

    @Test
    void aFactualQuestionGetsNoGeneratedReply() {
        // "世界杯决赛是什么时候" got "我们也是", "珠穆朗玛峰有多高" got "嗯嗯"
        assertThat(ChatSource.asksAFact("世界杯决赛是什么时候", List.of())).isTrue();
        assertThat(ChatSource.asksAFact("珠穆朗玛峰有多高", List.of())).isTrue();
        assertThat(ChatSource.asksAFact("姚明有多高", List.of(entity("姚明", 0, "PERSON")))).isTrue();
        assertThat(ChatSource.asksAFact("刘德华是哪里人", List.of(entity("刘德华", 0, "PERSON")))).isTrue();
    }

    @Test
    void smallTalkWithAQuestionWordStillGetsOne() {
        assertThat(ChatSource.asksAFact("你在干什么", List.of())).isFalse();
        assertThat(ChatSource.asksAFact("我该怎么办", List.of())).isFalse();
        assertThat(ChatSource.asksAFact("今天吃什么", List.of())).isFalse();
        assertThat(ChatSource.asksAFact("好无聊怎么办", List.of())).isFalse();
        assertThat(ChatSource.asksAFact("我饿了", List.of())).isFalse();
    }
}
