package io.xiaobu.chat.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemoryIntentsTest {

    private final MemoryIntents intents = new MemoryIntents();

    @Test
    void askingForTheBirthdayAndTheHome() {
        assertThat(intents.classify("我生日是哪天")).contains(new MemoryIntent.Ask(MemoryKind.BIRTHDAY, null, false));
        assertThat(intents.classify("我住哪")).contains(new MemoryIntent.Ask(MemoryKind.HOME, null, false));
    }

    @Test
    void askingForARelativesPhone() {
        assertThat(intents.classify("我老婆的电话是多少")).contains(new MemoryIntent.Ask(MemoryKind.FAMILY, "老婆", true));
    }

    @Test
    void forgettingOneThingOrEverything() {
        assertThat(intents.classify("忘掉我的生日")).contains(new MemoryIntent.Forget("BIRTHDAY", "你的生日"));
        assertThat(intents.classify("清除你记住的关于我的一切")).contains(new MemoryIntent.ForgetAll());
    }

    @Test
    void doNotForgetIsNotAForgetRequest() {
        assertThat(intents.classify("别忘了我的生日是三月五号")).isEmpty();
    }

    @Test
    void questionsAboutOthersAreNotMemoryQuestions() {
        assertThat(intents.classify("周杰伦的生日是哪天")).isEmpty();
        assertThat(intents.classify("今天天气怎么样")).isEmpty();
    }
}
