package io.xiaobu.nlu.model;

import io.xiaobu.nlu.Slot;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The benchmark models committed under {@code models/nlu} load and understand plain utterances. */
class CommittedModelsTest {

    static Path modelDir(String id) {
        Path d = Path.of("").toAbsolutePath();
        while (d != null && !Files.isDirectory(d.resolve("models/nlu"))) d = d.getParent();
        assumeTrue(d != null && Files.isDirectory(d.resolve("models/nlu").resolve(id)), "no committed model " + id);
        return d.resolve("models/nlu").resolve(id);
    }

    @Test
    void caisModelReadsWordBoundariesAndPlaysASingersSongs() throws IOException {
        try (NluModel m = NluModel.load(modelDir("cais"))) {
            assertThat(m.meta().config().wordBoundaries()).isTrue();
            assertThat(m.memberCount()).isEqualTo(5);
            ModelOutput out = m.predict("我要听周杰伦的歌");
            assertThat(out.topIntent().label()).isEqualTo("PlayMusic");
            assertThat(out.slots()).extracting(Slot::name, Slot::value)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("singer_name", "周杰伦"));
            assertThat(m.parameterCount() / m.memberCount()).as("each member small enough to commit").isLessThan(1_000_000);
        }
    }

    @Test
    void theCommittedBackboneFillsMaskedCharactersOfEverydayRequests() throws IOException {
        Backbone backbone = Backbone.load(modelDir("backbone"));
        assertThat(backbone.fillMask("我想听周杰伦的歌", 7, 3)).contains('歌');
        assertThat(backbone.fillMask("明天北京天气怎么样", 5, 3)).contains('气');
        assertThat(backbone.fillMask("帮我打电话给妈妈", 3, 3)).contains('电');
    }

    @Test
    void smpModelIsAnEnsembleOfFiveNetworksThatAgreeOnAWeatherQuestion() throws IOException {
        try (NluModel m = NluModel.load(modelDir("smp"))) {
            assertThat(m.memberCount()).isEqualTo(5);
            ModelOutput out = m.predict("明天北京天气怎么样");
            assertThat(out.topDomain().label()).isEqualTo("weather");
            assertThat(out.topIntent().label()).isEqualTo("weather.QUERY");
            assertThat(out.slots()).extracting(Slot::value).contains("明天");
        }
    }

    @Test
    void slotTransitionsKeepANameWholeWhereTheTaggerAloneCutsItInTwo() throws IOException {
        try (NluModel plain = NluModel.load(modelDir("product"), NluModel.DEFAULT_SLOT_DECODING, null, null, 0.0);
             NluModel product = NluModel.load(modelDir("product"))) {
            assertThat(product.slotTransitions().weight()).isEqualTo(SlotTransitions.DEFAULT_WEIGHT);
            assertThat(plain.predict("从上海到齐齐哈尔的火车票").slots()).extracting(Slot::name, Slot::value)
                    .containsExactly(tuple("from", "上海"), tuple("to", "齐齐"), tuple("to", "哈尔"));
            assertThat(product.predict("从上海到齐齐哈尔的火车票").slots()).extracting(Slot::name, Slot::value)
                    .containsExactly(tuple("from", "上海"), tuple("to", "齐齐哈尔"));
        }
        try (NluModel smp = NluModel.load(modelDir("smp"))) {
            assertThat(smp.predict("搜索声控安卓软件").slots()).extracting(Slot::name, Slot::value)
                    .containsExactly(tuple("name", "声控安卓"));
            assertThat(smp.predict("播放相声我不是神探").slots()).extracting(Slot::name, Slot::value)
                    .containsExactly(tuple("category", "相声"), tuple("name", "我不是神探"));
        }
    }

    @Test
    void slotTransitionsCountedForOtherTagsAreRefused(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path product = modelDir("product");
        try (java.util.stream.Stream<Path> files = Files.list(product)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, dir.resolve(f.getFileName()));
        }
        new SlotTransitions(List.of("O", "B-city", "I-city"), java.util.Map.of(), 0.3, java.util.Map.of()).save(dir);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NluModel.load(dir))
                .isInstanceOf(IOException.class).hasMessageContaining("other tags");
    }

    @Test
    void productModelNamesSkillIntentsWithTheSkillsSlotNames() throws IOException {
        try (NluModel m = NluModel.load(modelDir("product"))) {
            ModelOutput music = m.predict("播放周杰伦的稻香");
            assertThat(music.topIntent().label()).isEqualTo("media/music.play");
            assertThat(music.topDomain().label()).isEqualTo("media");
            assertThat(music.slots()).extracting(Slot::name, Slot::value).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("singer", "周杰伦"), org.assertj.core.groups.Tuple.tuple("song", "稻香"));
            ModelOutput nav = m.predict("导航到北京西站");
            assertThat(nav.topIntent().label()).isEqualTo("navigation/nav.route");
            assertThat(nav.slots()).extracting(Slot::name, Slot::value)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("destination", "北京西站"));
            assertThat(m.predict("给妈妈打个电话").topIntent().label()).isEqualTo("phone/phone.call");
            assertThat(m.predict("明天早上七点叫我起床").topIntent().label()).isEqualTo("alarm/alarm.set");
        }
    }

    @Test
    void productModelReportsTemperatureScaledIntentConfidencesWithoutChangingWhatItUnderstands() throws IOException {
        Path dir = modelDir("product");
        try (NluModel calibrated = NluModel.load(dir); NluModel raw = NluModel.load(dir, NluModel.DEFAULT_SLOT_DECODING, null, 1.0)) {
            assertThat(calibrated.calibration().temperature()).isGreaterThan(1); // the network alone was over-confident
            for (String text : List.of("播放周杰伦的稻香", "导航到北京西站", "东风破", "帮我看看")) {
                ModelOutput c = calibrated.predict(text), r = raw.predict(text);
                assertThat(c.topIntent().label()).as(text).isEqualTo(r.topIntent().label());
                assertThat(c.slots()).as(text).isEqualTo(r.slots());
                assertThat(c.topIntent().probability()).as(text).isLessThanOrEqualTo(r.topIntent().probability());
                assertThat(c.intents().stream().mapToDouble(ModelOutput.Scored::probability).sum()).isCloseTo(1, within(1e-6));
            }
        }
    }

    @Test
    void productModelTellsChitChatFromATask() throws IOException {
        try (NluModel m = NluModel.load(modelDir("product"))) {
            assertThat(m.predict("今天心情不太好，想找人聊聊").chatProbability()).isGreaterThan(0.5);
            assertThat(m.predict("把客厅的灯打开").chatProbability()).isLessThan(0.5);
        }
    }

    @Test
    void productRejectHeadWorksFromTheConfidenceAlone() throws IOException {
        try (NluModel m = NluModel.load(modelDir("product"))) {
            AsrSignals unsure = new AsrSignals(0.35f, Float.NaN, Float.NaN, Float.NaN), sure = new AsrSignals(0.95f, Float.NaN, Float.NaN, Float.NaN);
            assertThat(m.predict("给", null, unsure).rejectProbability()).as("a stray syllable heard unsurely").isGreaterThan(0.5);
            assertThat(m.predict("停", null, sure).rejectProbability()).isLessThan(0.5);
            assertThat(m.predict("导航去人民广场", null, unsure).rejectProbability()).isLessThan(0.5);
        }
    }

    @Test
    void smp2017ModelTellsChitChatFromATask() throws IOException {
        try (NluModel m = NluModel.load(modelDir("smp2017"))) {
            assertThat(m.predict("你好呀你叫什么名字").topDomain().label()).isEqualTo("chat");
            assertThat(m.predict("你好呀你叫什么名字").chatProbability()).isGreaterThan(0.5);
            assertThat(m.predict("红烧肉怎么做").topDomain().label()).isEqualTo("cookbook");
        }
    }

    @Test
    void smp2017NgramClassifierRecognisesAKeywordTheNetworksMiss() throws IOException {
        Path dir = modelDir("smp2017");
        try (NluModel mixed = NluModel.load(dir); NluModel networks = NluModel.load(dir, NluModel.DEFAULT_SLOT_DECODING, 0.0)) {
            assertThat(mixed.ngramWeight()).isEqualTo(0.4);
            // without entity tags (as here) the networks take a plane ticket for a stock
            assertThat(networks.predict("机票").topDomain().label()).isEqualTo("stock");
            assertThat(mixed.predict("机票").topDomain().label()).isEqualTo("flight");
            assertThat(mixed.predict("查一下从杭州到上海高铁时刻表").topDomain().label()).isEqualTo("train");
            assertThat(mixed.predict("翻译光大银行").topDomain().label()).isEqualTo("translation");
        }
        for (String id : new String[]{"smp", "cais"}) {
            try (NluModel m = NluModel.load(modelDir(id))) {
                assertThat(m.ngramWeight()).as(id).isEqualTo(0.4);
            }
        }
    }

    @Test
    void catsluModelScoresRejectAndUsesRecogniserSignals() throws IOException {
        try (NluModel m = NluModel.load(modelDir("catslu"))) {
            double confident = m.predict("导航到人民广场", null, new AsrSignals(0.95f, 0.95f, 2.2f, Float.NaN)).rejectProbability();
            double unsure = m.predict("导航到人民广场", null, new AsrSignals(0.05f, 0.1f, 2.2f, Float.NaN)).rejectProbability();
            assertThat(confident).isBetween(0.0, 1.0);
            assertThat(unsure).isGreaterThan(confident);
        }
    }
}
