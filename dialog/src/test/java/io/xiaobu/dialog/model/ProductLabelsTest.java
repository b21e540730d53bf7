package io.xiaobu.dialog.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProductLabelsTest {

    @Test
    void aSkillIntentLabelNamesItsSkillAndIntent() {
        assertThat(ProductLabels.intent("media", "music.play")).isEqualTo("media/music.play");
        assertThat(ProductLabels.target("media/music.play")).contains(new ModelRecognizer.Target("media", "music.play"));
    }

    @Test
    void chatAndOpenQuestionsNameNoSkill() {
        assertThat(ProductLabels.intent("chat", "chat")).isEqualTo("chat");
        assertThat(ProductLabels.target("chat")).isEmpty();
        assertThat(ProductLabels.target("qa")).isEmpty();
        assertThat(ProductLabels.target("media/")).isEmpty();
        assertThat(ProductLabels.target(null)).isEmpty();
    }

    @Test
    void aBenchmarkModelIsNotTakenForAProductModel() {
        assertThat(ProductLabels.isProduct(List.of("chat", "qa", "media/music.play"))).isTrue();
        assertThat(ProductLabels.isProduct(List.of("music.PLAY", "weather.QUERY"))).isFalse();
        assertThat(ProductLabels.isProduct(List.of())).isFalse();
    }
}
