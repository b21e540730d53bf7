package io.xiaobu.dialog.assembly;

import io.xiaobu.dialog.Assistant;
import io.xiaobu.dialog.PartStatus;
import io.xiaobu.events.TurnRecorderListener;
import io.xiaobu.nlu.Slot;
import io.xiaobu.nlu.data.EntityLexicon;
import io.xiaobu.nlu.data.NluExample;
import io.xiaobu.nlu.model.DialogState;
import io.xiaobu.nlu.model.ModelConfig;
import io.xiaobu.nlu.model.NluTrainer;
import io.xiaobu.nlu.model.TrainOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A model trained to read the dialog state (or the previous turn) before the utterance is not served
 * on the utterance alone: the assistant runs on rules and says so in its health.
 */
class ModelWithContextTest {

    @TempDir
    Path work;

    @Test
    void aModelThatReadsTheDialogStateIsRefusedAndTheHealthSaysWhy() throws Exception {
        List<NluExample> examples = new ArrayList<>();
        for (String song : List.of("晴天", "夜曲", "稻香")) {
            examples.add(new NluExample(song, "s-" + song, "播放" + song, "music", "music.play",
                    List.of(new Slot("song", song, null, 2, 4, null)), "", null, null, null));
        }
        examples.add(new NluExample("chat", "s-chat", "你好呀", "chat", "chat.chat", List.of(), "", null, null, null));
        ModelConfig cfg = new ModelConfig(16, 1, 3, 24, 0.0f, false, false, 0, DialogState.CHARS, 0, "chat", false);
        new NluTrainer(cfg, new TrainOptions(1, 8, 0.01f, 0, 1000, 1L), line -> { })
                .train(DialogState.fromGold(examples, "chat"), List.of(), EntityLexicon.empty(), List.of(), work.resolve("models/state"));
        AssistantSettings settings = AssistantSettings.defaults(work).withWorkDir(work).withModelsDir(work.resolve("models"))
                .withNluModels(List.of("state")).withGraph(new AssistantSettings.Graph("off", null, null, null, null));
        try (Assistant assistant = new AssistantFactory(settings, new PrintStream(OutputStream.nullOutputStream()))
                .assemble(TurnRecorderListener.NONE).build()) {
            PartStatus models = assistant.health("models");
            assertThat(models.up()).isFalse();
            assertThat(models.detail()).contains("reads a context before the utterance");
        }
    }
}
