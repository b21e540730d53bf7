package io.xiaobu.nlu.model;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import io.xiaobu.nlu.data.NluExample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pretrains a tiny backbone on the utterances of {@link NluModelTest}, then starts a network from it. */
class BackboneTest {

    static final ModelConfig SHAPE = new ModelConfig(32, 2, 3, 24, 0.0f, true, true, 16);

    @TempDir
    static Path dir;
    static Map<String, Object> info;
    static Backbone backbone;

    @BeforeAll
    static void pretrain() throws IOException {
        List<String> corpus = new ArrayList<>();
        for (int i = 0; i < 4; i++) NluModelTest.tinySet().forEach(e -> corpus.add(e.text()));
        info = new BackboneTrainer(SHAPE, new TrainOptions(1, 8, 0.01f, 3, 1000, 7L), 1, line -> { })
                .train(corpus, dir.resolve("backbone"));
        backbone = Backbone.load(dir.resolve("backbone"));
    }

    @Test
    void maskedCharLossFallsOverThePretrainingEpochs() {
        @SuppressWarnings("unchecked") List<Double> loss = (List<Double>) info.get("mlm_loss_per_epoch");
        assertThat(loss).hasSize(3);
        assertThat(loss.get(2)).isLessThan(loss.get(0));
        assertThat(backbone.config()).isEqualTo(SHAPE);
    }

    @Test
    void aNetworkWithItsOwnVocabularyAndAnExtraInputGetsThePretrainedWeights() throws IOException {
        Vocabulary own = Vocabulary.build(List.of("播放晴天吧"), 1, 100).extendedWith(backbone.vocabulary(), 1000);
        ModelConfig withWords = new ModelConfig(32, 2, 3, 24, 0.0f, true, true, 16, 0, 0, null, true);
        MultitaskNet net = new MultitaskNet(withWords, own.size(), 5, 3, 4, 7);
        try (Model fine = Model.newInstance(NluModel.NAME, "PyTorch"); Model pre = Model.newInstance(NluModel.NAME, "PyTorch")) {
            fine.setBlock(net);
            net.initialize(fine.getNDManager(), DataType.FLOAT32, NluModel.inputShapes());
            int copied = backbone.copyInto(net, own);
            pre.setBlock(Backbone.newNet(SHAPE, backbone.vocabulary()));
            NluTrainer.loadParams(pre, dir.resolve("backbone"));
            Map<String, NDArray> pretrained = byPlainName(pre), tuned = byPlainName(fine);

            assertThat(copied).isGreaterThan(10);
            assertThat(tuned.get("conv0_weight").toFloatArray()).containsExactly(pretrained.get("conv0_weight").toFloatArray());
            assertThat(tuned.get("lstm_l_0_i2h_WEIGHT").toFloatArray()).containsExactly(pretrained.get("lstm_l_0_i2h_WEIGHT").toFloatArray());
            assertThat(row(tuned.get("char_embedding"), own.id('晴'))).containsExactly(row(pretrained.get("char_embedding"), backbone.vocabulary().id('晴')));
            assertThat(own.id('晴')).isNotEqualTo(backbone.vocabulary().id('晴'));
            assertThat(tuned.get("intent_weight").getShape().get(0)).isEqualTo(4); // heads keep their own size, fresh
        }
    }

    @Test
    void aNetworkOfAnotherShapeIsRefused() {
        ModelConfig wider = new ModelConfig(64, 2, 3, 24, 0.0f, true, true, 32);
        assertThatThrownBy(() -> new NluTrainer(wider, TrainOptions.defaults(1), line -> { }, backbone))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 wide");
    }

    @Test
    void fineTuningFromTheBackboneLearnsTheTinySet(@TempDir Path out) throws IOException {
        List<NluExample> set = NluModelTest.tinySet();
        new NluTrainer(SHAPE, new TrainOptions(25, 16, 0.01f, 0, 1000, 7L), line -> { }, backbone)
                .train(set, List.of(), NluModelTest.LEXICON, List.of(), out);
        try (NluModel model = NluModel.load(out)) {
            assertThat(model.predict("我想听夜曲").topIntent().label()).isEqualTo("music.play");
            assertThat(model.meta().info()).containsEntry("backbone", "backbone");
        }
    }

    @Test
    void theTrainerKeepsTheCopiedWeightsWhenItInitialises(@TempDir Path out) throws IOException {
        new NluTrainer(SHAPE, new TrainOptions(0, 16, 0.01f, 0, 1000, 7L), line -> { }, backbone)
                .train(NluModelTest.tinySet(), List.of(), NluModelTest.LEXICON, List.of(), out);
        try (Model saved = Model.newInstance(NluModel.NAME, "PyTorch"); Model pre = Model.newInstance(NluModel.NAME, "PyTorch")) {
            saved.setBlock(NluModel.newNet(ModelMeta.load(out), Vocabulary.load(out.resolve(NluModel.VOCAB))));
            NluTrainer.loadParams(saved, out);
            pre.setBlock(Backbone.newNet(SHAPE, backbone.vocabulary()));
            NluTrainer.loadParams(pre, dir.resolve("backbone"));
            assertThat(byPlainName(saved).get("conv1_weight").toFloatArray()).containsExactly(byPlainName(pre).get("conv1_weight").toFloatArray());
        }
    }

    @Test
    void childPositionPrefixesAreNotPartOfTheName() {
        assertThat(Backbone.plainName("05inNorm_gamma")).isEqualTo("inNorm_gamma");
        assertThat(Backbone.plainName("01char_embedding")).isEqualTo("char_embedding");
    }

    private static Map<String, NDArray> byPlainName(Model m) {
        Map<String, NDArray> out = new HashMap<>();
        for (Pair<String, Parameter> p : m.getBlock().getParameters()) out.put(Backbone.plainName(p.getKey()), p.getValue().getArray());
        return out;
    }

    private static float[] row(NDArray table, int id) {
        return table.get(id).toFloatArray();
    }
}
