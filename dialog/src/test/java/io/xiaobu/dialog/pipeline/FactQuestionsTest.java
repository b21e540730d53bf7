package io.xiaobu.dialog.pipeline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A generated reply is small talk: it is held back where the words ask for a fact it would only pretend to know. */
class FactQuestionsTest {

    private static LinkedEntity entity(String mention, int start, String type) {
        return new LinkedEntity(mention, start, start + mention.length(), type.toLowerCase() + ":" + mention, type, mention, 0.9, false);
    }

    @Test
    void aFactualQuestionGetsNoGeneratedReply() {
        // "世界杯决赛是什么时候" got "我们也是", "珠穆朗玛峰有多高" got "嗯嗯"
        assertThat(FactQuestions.asksAFact("世界杯决赛是什么时候", List.of())).isTrue();
        assertThat(FactQuestions.asksAFact("珠穆朗玛峰有多高", List.of())).isTrue();
        assertThat(FactQuestions.asksAFact("姚明有多高", List.of(entity("姚明", 0, "PERSON")))).isTrue();
        assertThat(FactQuestions.asksAFact("刘德华是哪里人", List.of(entity("刘德华", 0, "PERSON")))).isTrue();
    }

    @Test
    void smallTalkWithAQuestionWordStillGetsOne() {
        assertThat(FactQuestions.asksAFact("你在干什么", List.of())).isFalse();
        assertThat(FactQuestions.asksAFact("我该怎么办", List.of())).isFalse();
        assertThat(FactQuestions.asksAFact("今天吃什么", List.of())).isFalse();
        assertThat(FactQuestions.asksAFact("好无聊怎么办", List.of())).isFalse();
        assertThat(FactQuestions.asksAFact("我饿了", List.of())).isFalse();
    }
}
