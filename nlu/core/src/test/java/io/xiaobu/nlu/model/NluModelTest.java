package io.xiaobu.nlu.model;

import io.xiaobu.nlu.Slot;
import io.xiaobu.nlu.data.EntityLexicon;
import io.xiaobu.nlu.data.NluExample;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Trains a tiny model on utterances written here, then checks what the public API promises. */
class NluModelTest {

    @TempDir
    static Path dir;
    static NluModel model;
    static final EntityLexicon LEXICON = new EntityLexicon(Map.of("晴天", "song", "夜曲", "song", "北京", "city"), 2);

    static List<NluExample> tinySet() {
        List<NluExample> out = new ArrayList<>();
        String[] songs = {"晴天", "夜曲", "稻香", "七里香", "青花瓷", "东风破"};
        String[] cities = {"北京", "上海", "广州", "深圳", "杭州"};
        String[] apps = {"微信", "支付宝", "淘宝", "地图"};
        for (String s : songs) {
            for (String t : new String[]{"播放", "我想听", "来一首"}) {
                out.add(example("music", "music.play", t + s, new Slot("song", s, null, t.length(), t.length() + s.length(), null), false));
            }
        }
        for (String c : cities) {
            for (String t : new String[]{"天气怎么样", "明天下雨吗"}) {
                out.add(example("weather", "weather.query", c + t, new Slot("city", c, null, 0, c.length(), null), false));
            }
        }
        for (String a : apps) out.add(example("app", "app.open", "打开" + a, new Slot("app", a, null, 2, 2 + a.length(), null), false));
        for (String c : new String[]{"你好呀", "今天好开心", "讲个笑话吧", "你是谁"}) out.add(example("chat", "chat.chat", c, null, true));
        for (String n : new String[]{"嗯啊那个", "喂喂", "哦哦哦", "那个那个"}) {
            out.add(new NluExample(n, n, n, "noise", "noise.reject", List.of(), "", true, null, new AsrSignals(0.1f, 0.2f, 0.8f, Float.NaN)));
        }
        return out;
    }

    static NluExample example(String domain, String intent, String text, Slot slot, boolean chat) {
        return new NluExample(text, text, text, domain, intent, slot == null ? List.of() : List.of(slot), "", false, chat,
                new AsrSignals(0.9f, 0.9f, 1.5f, Float.NaN));
    }

    @BeforeAll
    static void train() throws IOException {
        ModelConfig cfg = new ModelConfig(32, 2, 3, 24, 0.0f, true, true, 16);
        TrainOptions opt = new TrainOptions(25, 16, 0.01f, 0, 1000, 7L);
        new NluTrainer(cfg, opt, line -> { }).train(tinySet(), List.of(), LEXICON, List.of(), dir.resolve("m"));
        model = NluModel.load(dir.resolve("m"));
    }

    @AfterAll
    static void close() {
        if (model != null) model.close();
    }

    @Test
    void playUtteranceGetsItsIntentDomainAndSongSlot() {
        ModelOutput out = model.predict("我想听夜曲", LEXICON.tag("我想听夜曲"), AsrSignals.NONE);
        assertThat(out.topIntent().label()).isEqualTo("music.play");
        assertThat(out.topDomain().label()).isEqualTo("music");
        assertThat(out.slots()).containsExactly(new Slot("song", "夜曲", null, 3, 5, null));
        assertThat(out.embedding()).hasSize(32);
    }

    @Test
    void modelOutputBecomesAnUnderstandingFromTheModel() {
        io.xiaobu.nlu.Understanding u = model.predict("播放晴天", LEXICON.tag("播放晴天"), AsrSignals.NONE).understanding();
        assertThat(u.intent()).isEqualTo("music.play");
        assertThat(u.domain()).isEqualTo("music");
        assertThat(u.source()).isEqualTo("model");
        assertThat(u.slotValue("song")).isEqualTo("晴天");
        assertThat(u.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void theModelRecordsWhichSlotsEachIntentTakesAndDecodesOnlyThose() {
        assertThat(model.meta().slotsByIntent())
                .containsEntry("music.play", List.of("song"))
                .containsEntry("weather.query", List.of("city"))
                .containsEntry("chat.chat", List.of());
        // a chat reading takes no slots, whatever the tagger thinks of a known song inside it
        ModelOutput out = model.predict("你好呀", LEXICON.tag("你好呀"), AsrSignals.NONE);
        assertThat(out.topIntent().label()).isEqualTo("chat.chat");
        assertThat(out.slots()).isEmpty();
    }

    @Test
    void weatherUtteranceGetsTheCitySlot() {
        ModelOutput out = model.predict("上海天气怎么样");
        assertThat(out.topIntent().label()).isEqualTo("weather.query");
        assertThat(out.slots()).extracting(Slot::name, Slot::value).containsExactly(org.assertj.core.groups.Tuple.tuple("city", "上海"));
    }

    @Test
    void probabilitiesAreDistributions() {
        ModelOutput out = model.predict("打开微信");
        assertThat(out.intents().stream().mapToDouble(ModelOutput.Scored::probability).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(out.chatProbability()).isBetween(0.0, 1.0);
        assertThat(out.rejectProbability()).isBetween(0.0, 1.0);
    }

    @Test
    void saveThenLoadGivesIdenticalOutputs() throws IOException {
        model.save(dir.resolve("copy"));
        try (NluModel copy = NluModel.load(dir.resolve("copy"))) {
            for (String t : List.of("播放晴天", "北京明天下雨吗", "你好呀", "")) {
                ModelOutput a = model.predict(t), b = copy.predict(t);
                assertThat(b.intents()).isEqualTo(a.intents());
                assertThat(b.domains()).isEqualTo(a.domains());
                assertThat(b.slots()).isEqualTo(a.slots());
                assertThat(b.embedding()).isEqualTo(a.embedding());
                assertThat(b.rejectProbability()).isEqualTo(a.rejectProbability());
            }
        }
    }

    @Test
    void badInputNeverThrows() {
        String emoji = "😀".repeat(2000);
        List<String> bad = new ArrayList<>(List.of("", "   ", "\t\n", emoji, "\u0000\u0007\u001b[31m", "1234567890", "hello world",
                "ＡＢＣ１２３", "MATCH (n) DETACH DELETE n; DROP TABLE x;--", "繁體中文測試", "\uD83D"));
        bad.add(null);
        for (String t : bad) {
            assertThatCode(() -> model.predict(t, new String[]{"song"}, null)).doesNotThrowAnyException();
            assertThatCode(() -> model.predict(t)).doesNotThrowAnyException();
        }
        ModelOutput e = model.predict(emoji);
        assertThat(e.slots()).allSatisfy(s -> assertThat(s.end()).isLessThanOrEqualTo(emoji.length()));
    }

    @Test
    void concurrentRequestsGetTheSameAnswersAsSequentialOnes() throws Exception {
        List<String> texts = List.of("播放稻香", "杭州天气怎么样", "打开淘宝", "讲个笑话吧");
        List<ModelOutput> expected = texts.stream().map(model::predict).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ModelOutput>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String t = texts.get(i % texts.size());
                futures.add(pool.submit(() -> model.predict(t)));
            }
            for (int i = 0; i < futures.size(); i++) {
                // same ranking; probabilities equal up to float rounding of the kernels each thread picks
                List<ModelOutput.Scored> got = futures.get(i).get().intents(), want = expected.get(i % texts.size()).intents();
                assertThat(got).extracting(ModelOutput.Scored::label).isEqualTo(want.stream().map(ModelOutput.Scored::label).toList());
                for (int k = 0; k < got.size(); k++) {
                    assertThat(got.get(k).probability()).isCloseTo(want.get(k).probability(), org.assertj.core.data.Offset.offset(1e-6));
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void trainingResumesAfterTheLastFinishedEpoch() throws IOException {
        ModelConfig cfg = new ModelConfig(16, 1, 3, 16, 0.0f, false, false, 0);
        Path out = dir.resolve("resume");
        List<String> first = new ArrayList<>(), second = new ArrayList<>();
        new NluTrainer(cfg, new TrainOptions(1, 16, 0.01f, 0, 500, 1L), first::add).train(tinySet(), List.of(), EntityLexicon.empty(), List.of(), out);
        new NluTrainer(cfg, new TrainOptions(2, 16, 0.01f, 0, 500, 1L), second::add).train(tinySet(), List.of(), EntityLexicon.empty(), List.of(), out);
        assertThat(first).anyMatch(l -> l.startsWith("epoch 1/1"));
        assertThat(second).anyMatch(l -> l.startsWith("resuming after fine-tuning epoch 1"));
        assertThat(second).noneMatch(l -> l.startsWith("epoch 1/")).anyMatch(l -> l.startsWith("epoch 2/2"));
        try (NluModel resumed = NluModel.load(out)) {
            assertThat(resumed.predict("播放晴天").intents()).isNotEmpty();
        }
    }

    @Test
    void aFolderWithMembersIsAnEnsembleThatAveragesTheHeadsAndKeepsItsOwnEmbedding() throws IOException {
        Path ens = dir.resolve("ensemble");
        model.save(ens);
        ModelConfig cfg = new ModelConfig(32, 2, 3, 24, 0.0f, true, true, 16);
        Path member = ens.resolve(NluModel.MEMBERS).resolve("seed-8");
        new NluTrainer(cfg, new TrainOptions(25, 16, 0.01f, 0, 1000, 8L), line -> { }).train(tinySet(), List.of(), LEXICON, List.of(), member);
        try (NluModel both = NluModel.load(ens); NluModel second = NluModel.load(member)) {
            assertThat(both.memberCount()).isEqualTo(2);
            assertThat(both.parameterCount()).isEqualTo(model.parameterCount() + second.parameterCount());
            for (String t : List.of("我想听夜曲", "上海明天下雨吗", "喂喂")) {
                ModelOutput a = model.predict(t), b = second.predict(t), joint = both.predict(t);
                for (ModelOutput.Scored s : joint.intents()) {
                    assertThat(s.probability()).isCloseTo((probability(a.intents(), s.label()) + probability(b.intents(), s.label())) / 2,
                            org.assertj.core.data.Offset.offset(1e-6));
                }
                assertThat(joint.rejectProbability()).isCloseTo((a.rejectProbability() + b.rejectProbability()) / 2,
                        org.assertj.core.data.Offset.offset(1e-6));
                assertThat(joint.embedding()).containsExactly(a.embedding(), org.assertj.core.data.Offset.offset(1e-6f));
            }
            assertThat(both.predict("来一首夜曲").slots()).extracting(Slot::value).containsExactly("夜曲");
        }
    }

    @Test
    void anEnsembleMemberWithItsOwnVocabularyReadsTheTextThroughIt() throws IOException {
        Path ens = dir.resolve("vocabularies");
        model.save(ens);
        Path member = ens.resolve(NluModel.MEMBERS).resolve("wider");
        ModelConfig cfg = new ModelConfig(32, 2, 3, 24, 0.0f, true, true, 16);
        new NluTrainer(cfg, new TrainOptions(25, 16, 0.01f, 0, 1000, 9L), line -> { })
                .train(tinySet(), List.of(), LEXICON, List.of("今天想去看大海", "夜曲是周杰伦的歌"), member);
        try (NluModel both = NluModel.load(ens); NluModel second = NluModel.load(member)) {
            assertThat(second.vocabulary()).isNotEqualTo(model.vocabulary());
            assertThat(second.vocabulary().id('海')).isNotEqualTo(Vocabulary.UNK);
            for (String t : List.of("我想听夜曲", "大海明天下雨吗")) {
                ModelOutput a = model.predict(t), b = second.predict(t), joint = both.predict(t);
                assertThat(joint.topIntent().probability()).isCloseTo(
                        (probability(a.intents(), joint.topIntent().label()) + probability(b.intents(), joint.topIntent().label())) / 2,
                        org.assertj.core.data.Offset.offset(1e-6));
            }
        }
    }

    @Test
    void anEnsembleMemberTrainedOnOtherLabelsIsRefused() throws IOException {
        Path ens = dir.resolve("mixed");
        model.save(ens);
        List<NluExample> musicOnly = tinySet().stream().filter(e -> "music".equals(e.domain())).toList();
        new NluTrainer(new ModelConfig(16, 1, 3, 24, 0.0f, true, true, 0), new TrainOptions(1, 16, 0.01f, 0, 1000, 8L), line -> { })
                .train(musicOnly, List.of(), LEXICON, List.of(), ens.resolve(NluModel.MEMBERS).resolve("other"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NluModel.load(ens))
                .isInstanceOf(IOException.class).hasMessageContaining("other labels");
    }

    private static double probability(List<ModelOutput.Scored> ranked, String label) {
        return ranked.stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow().probability();
    }

    @Test
    void aModelWithCharBigramFeaturesLearnsSavesAndLoadsTheSame() throws IOException {
        ModelConfig cfg = new ModelConfig(32, 2, 3, 24, 0.0f, false, false, 16, 0, 256);
        Path out = dir.resolve("bigram");
        new NluTrainer(cfg, new TrainOptions(25, 16, 0.01f, 0, 1000, 7L, 0.5), line -> { })
                .train(tinySet(), List.of(), EntityLexicon.empty(), List.of(), out);
        try (NluModel m = NluModel.load(out)) {
            assertThat(m.meta().config().bigramBuckets()).isEqualTo(256);
            ModelOutput first = m.predict("来一首夜曲");
            assertThat(first.topIntent().label()).isEqualTo("music.play");
            assertThat(first.slots()).extracting(Slot::value).containsExactly("夜曲");
            m.save(dir.resolve("bigram-copy"));
            try (NluModel copy = NluModel.load(dir.resolve("bigram-copy"))) {
                assertThat(copy.predict("来一首夜曲").embedding()).containsExactly(first.embedding(), org.assertj.core.data.Offset.offset(1e-6f));
            }
        }
        // a model saved before bigram features existed has none and loads as before
        assertThat(model.meta().config().bigramBuckets()).isZero();
    }

    @Test
    void aModelThatReadsWordBoundariesAndTheDialogStateIsScoredTurnByTurnOnTheUtterance() throws IOException {
        ModelConfig cfg = new ModelConfig(32, 2, 3, 36, 0.0f, true, false, 16, DialogState.CHARS, 0, "chat", true);
        Path out = dir.resolve("state");
        List<NluExample> withState = DialogState.fromGold(tinySet(), "chat");
        new NluTrainer(cfg, new TrainOptions(25, 16, 0.01f, 0, 1000, 7L), line -> { })
                .train(withState, List.of(), LEXICON, List.of(), out);
        try (NluModel m = NluModel.load(out)) {
            assertThat(m.meta().config().wordBoundaries()).isTrue();
            assertThat(m.meta().config().readsDialogState()).isTrue();
            NluExample first = example("music", "music.play", "来一首夜曲", new Slot("song", "夜曲", null, 3, 5, null), false);
            NluExample second = new NluExample("2", first.group(), "播放晴天", "music", "music.play",
                    List.of(new Slot("song", "晴天", null, 2, 4, null)), "", false, false, null);
            List<io.xiaobu.nlu.eval.Prediction> p = io.xiaobu.nlu.eval.ModelPredictions.of(m, LEXICON, List.of(first, second), 8);
            assertThat(p).extracting(io.xiaobu.nlu.eval.Prediction::intent).containsExactly("music.play", "music.play");
            // spans are on the utterance, not on the state prefix the model read
            assertThat(p.get(1).slots()).containsExactly(new Slot("song", "晴天", null, 2, 4, null));
        }
    }

    @Test
    void bigramIdsPairEachCharWithTheNextAndStayInRange() {
        try (ai.djl.ndarray.NDManager m = ai.djl.ndarray.NDManager.newBaseManager("PyTorch")) {
            long[] ids = MultitaskNet.bigramIds(m.create(new long[]{5, 9, 5, 9, 0}, new ai.djl.ndarray.types.Shape(1, 5)), 97).toLongArray();
            assertThat(ids[0]).isEqualTo(ids[2]).isBetween(0L, 96L); // 5→9 twice
            assertThat(ids[1]).isNotEqualTo(ids[0]);
            assertThat(java.util.Arrays.stream(ids).allMatch(v -> v >= 0 && v < 97)).isTrue();
        }
    }

    @Test
    void bioDecodingIsLenientAndKeepsSpans() {
        assertThat(BioCodec.decode("放周杰伦", new String[]{"O", "I-singer", "I-singer", "I-singer"}))
                .containsExactly(new Slot("singer", "周杰伦", null, 1, 4, null));
        assertThat(BioCodec.decode("ab", new String[]{"B-x", "B-x"})).hasSize(2);
        String[] tags = BioCodec.encode(List.of(new Slot("x", "bc", null, 1, 3, null)), 4);
        assertThat(tags).containsExactly("O", "B-x", "I-x", "O");
    }
}
