package io.xiaobu.nlu.model;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Retraining the reject head alone leaves the rest of the network exactly as it was. */
class RejectHeadTrainerTest {

    @TempDir
    static Path dir;
    static Map<String, Object> info;

    @BeforeAll
    static void trainThenRetrainTheRejectHead() throws IOException {
        new NluTrainer(new ModelConfig(32, 2, 3, 24, 0.0f, true, true, 16), new TrainOptions(4, 16, 0.01f, 0, 1000, 7L), line -> { })
                .train(NluModelTest.tinySet(), List.of(), NluModelTest.LEXICON, List.of(), dir.resolve("before"));
        info = new RejectHeadTrainer(3, 8, 0.01f, 0.5, 7L, line -> { })
                .train(dir.resolve("before"), NluModelTest.tinySet(), NluModelTest.LEXICON, dir.resolve("after"));
    }

    @Test
    void onlyTheRejectHeadsWeightsChange() throws IOException {
        try (Model b = network(dir.resolve("before")); Model a = network(dir.resolve("after"))) {
            assertOnlyTheRejectHeadDiffers(b.getBlock().getParameters().stream().toList(), a.getBlock().getParameters().stream().toList());
        }
    }

    private static void assertOnlyTheRejectHeadDiffers(List<Pair<String, Parameter>> before, List<Pair<String, Parameter>> after) {
        assertThat(after).hasSameSizeAs(before);
        int changed = 0;
        for (int i = 0; i < before.size(); i++) {
            NDArray a = before.get(i).getValue().getArray(), b = after.get(i).getValue().getArray();
            boolean same = a.sub(b).abs().max().getFloat() == 0f;
            String name = before.get(i).getKey();
            if (name.contains("reject")) {
                if (!same) changed++;
            } else {
                assertThat(same).as(name + " unchanged").isTrue();
            }
        }
        assertThat(changed).as("reject head weights moved").isPositive();
    }

    @Test
    void understandingIsTheSameAndTheRunIsRecorded() throws IOException {
        try (NluModel before = NluModel.load(dir.resolve("before")); NluModel after = NluModel.load(dir.resolve("after"))) {
            for (String text : List.of("我想听夜曲", "北京天气怎么样", "打开微信")) {
                ModelOutput a = before.predict(text), b = after.predict(text);
                assertThat(b.intents()).isEqualTo(a.intents());
                assertThat(b.slots()).isEqualTo(a.slots());
                assertThat(b.embedding()).containsExactly(a.embedding());
            }
            assertThat(after.meta().info()).containsKey("reject_head_retrained").containsKey("epochs");
            // the slot head did not change, so its counted transitions come along
            assertThat(after.slotTransitions()).isEqualTo(before.slotTransitions()).isNotNull();
        }
        assertThat(info).containsKey("reject_head_retrained");
    }

    @Test
    void signalsAreLeftOutOneByOneAndAbsentOnesStayAbsent() {
        AsrSignals full = new AsrSignals(0.4f, 0.5f, 1.2f, 20f);
        RejectHeadTrainer never = new RejectHeadTrainer(1, 8, 0.01f, 0.0, 1L, line -> { });
        assertThat(never.drop(full, new Random(1))).isEqualTo(full);
        RejectHeadTrainer half = new RejectHeadTrainer(1, 8, 0.01f, 0.5, 1L, line -> { });
        Random rnd = new Random(3);
        int confidenceKept = 0;
        for (int i = 0; i < 1000; i++) {
            AsrSignals d = half.drop(full, rnd);
            if (!Float.isNaN(d.confidence())) confidenceKept++;
            assertThat(d.snrDb()).isIn(20f, Float.NaN);
        }
        assertThat(confidenceKept).isBetween(400, 600);
        assertThat(half.drop(AsrSignals.NONE, rnd)).isEqualTo(AsrSignals.NONE);
        assertThatThrownBy(() -> new RejectHeadTrainer(1, 8, 0.01f, 1.0, 1L, line -> { })).isInstanceOf(IllegalArgumentException.class);
    }

    private static Model network(Path folder) throws IOException {
        ModelMeta meta = ModelMeta.load(folder);
        Vocabulary vocab = Vocabulary.load(folder.resolve(NluModel.VOCAB));
        Model model = Model.newInstance(NluModel.NAME, "PyTorch");
        model.setBlock(NluModel.newNet(meta, vocab));
        NluTrainer.loadParams(model, folder);
        return model;
    }
}
