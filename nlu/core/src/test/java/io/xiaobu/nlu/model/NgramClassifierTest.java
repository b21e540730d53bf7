package io.xiaobu.nlu.model;

import io.xiaobu.nlu.data.EntityLexicon;
import io.xiaobu.nlu.data.NluExample;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The n-gram classifier learns keywords from the utterances of {@link NluModelTest} and joins a model folder. */
class NgramClassifierTest {

    static final List<String> DOMAINS = List.of("app", "chat", "music", "noise", "weather");
    static final List<String> INTENTS = List.of("app.open", "chat.chat", "music.play", "noise.reject", "weather.query");

    @TempDir
    static Path dir;
    static NgramClassifier classifier;

    /** A tiny network folder to add classifiers to (a few epochs: its accuracy does not matter here). */
    static Path network;

    @BeforeAll
    static void train() throws IOException {
        classifier = NgramClassifier.train(NluModelTest.tinySet(), DOMAINS, INTENTS, 3, 1, 0.4, 10, 4, 0.5f, 7L, line -> { });
        network = dir.resolve("network");
        new NluTrainer(new ModelConfig(32, 2, 3, 24, 0.0f, true, true, 16), new TrainOptions(3, 16, 0.01f, 0, 1000, 7L), line -> { })
                .train(NluModelTest.tinySet(), List.of(), NluModelTest.LEXICON, List.of(), network);
    }

    /** A copy of the network folder (without its checkpoint) to add a classifier to. */
    static Path copyOfNetwork(String name) throws IOException {
        Path to = dir.resolve(name);
        try (NluModel m = NluModel.load(network)) {
            m.save(to);
        }
        return to;
    }

    @AfterAll
    static void close() {
        if (classifier != null) classifier.close();
    }

    static String top(List<String> labels, double[] probs) {
        int best = 0;
        for (int i = 1; i < probs.length; i++) if (probs[i] > probs[best]) best = i;
        return labels.get(best);
    }

    @Test
    void ngramsAreCountedInCodePointsWithStartAndEndMarks() {
        assertThat(NgramClassifier.ngrams("天气", 2)).containsExactly("^", "天", "气", "$", "^天", "天气", "气$");
        assertThat(NgramClassifier.ngrams("Hi😀", 1)).containsExactly("^", "h", "i", "😀", "$");
        assertThat(NgramClassifier.ngrams("", 3)).containsExactly("^", "$", "^$");
    }

    @Test
    void unseenUtterancesGoWhereTheirKeywordsPoint() {
        NgramClassifier.Probabilities p = classifier.predict(List.of("深圳明天下雨吗", "我想听稻香", "打开淘宝"));
        assertThat(top(INTENTS, p.intent()[0])).isEqualTo("weather.query");
        assertThat(top(DOMAINS, p.domain()[0])).isEqualTo("weather");
        assertThat(top(INTENTS, p.intent()[1])).isEqualTo("music.play");
        assertThat(top(INTENTS, p.intent()[2])).isEqualTo("app.open");
        assertThat(classifier.config().info()).containsEntry("train_utterances", NluModelTest.tinySet().size()).containsKey("train_seconds");
    }

    @Test
    void wordsOfItsListsAreAlsoReadAsTheirType() {
        EntityLexicon lexicon = new EntityLexicon(Map.of("晴天", "song", "稻香", "song", "告白气球", "song", "北京", "city"), 2);
        assertThat(NgramClassifier.features("播放告白气球", lexicon, lexicon.types(), 2))
                .contains("播放", "放告", "放" + mark(lexicon, "song"), mark(lexicon, "song") + "$");
        assertThat(NgramClassifier.features("今天好开心", lexicon, lexicon.types(), 2)).isEqualTo(NgramClassifier.ngrams("今天好开心", 2));
        // a title the training data never had: its characters say nothing, its type says music
        try (NgramClassifier typed = NgramClassifier.train(NluModelTest.tinySet(), DOMAINS, INTENTS, lexicon, 3, 1, 0.4, 10, 4, 0.5f, 7L,
                line -> { })) {
            assertThat(typed.config().lexiconTypes()).containsExactly("city", "song");
            assertThat(top(INTENTS, typed.predict(List.of("告白气球")).intent()[0])).isEqualTo("music.play");
        }
    }

    private static String mark(EntityLexicon lexicon, String type) {
        String marked = NgramClassifier.marked("晴天北京", lexicon, lexicon.types());
        return new String(Character.toChars(marked.codePointAt(type.equals("song") ? 0 : marked.offsetByCodePoints(0, 1))));
    }

    @Test
    void oddTextGetsADistributionNotAnException() {
        String emoji = "😀".repeat(2000);
        NgramClassifier.Probabilities p = classifier.predict(List.of("", "   ", emoji, "\u0000\u0007\n\t", "１２３４５", "MATCH (n) DETACH DELETE n"));
        for (double[] row : p.intent()) assertThat(Arrays.stream(row).sum()).isCloseTo(1.0, within(1e-6));
        for (double[] row : p.domain()) assertThat(Arrays.stream(row).sum()).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void savedAndLoadedItGivesTheSameProbabilities() throws IOException {
        Path folder = dir.resolve("saved");
        classifier.save(folder);
        List<String> texts = List.of("广州天气怎么样", "来一首晴天", "line\nbreak\\", "😀😀");
        try (NgramClassifier loaded = NgramClassifier.loadIfPresent(folder)) {
            assertThat(loaded).isNotNull();
            assertThat(loaded.config().weight()).isEqualTo(0.4);
            NgramClassifier.Probabilities a = classifier.predict(texts), b = loaded.predict(texts);
            for (int r = 0; r < texts.size(); r++) {
                assertThat(b.intent()[r]).containsExactly(a.intent()[r], within(1e-6));
                assertThat(b.domain()[r]).containsExactly(a.domain()[r], within(1e-6));
            }
        }
        assertThat(NgramClassifier.loadIfPresent(dir.resolve("no-such-model"))).isNull();
    }

    @Test
    void aModelFolderWithAClassifierMixesItIntoDomainAndIntent() throws IOException {
        Path folder = copyOfNetwork("model");
        List<String> intents;
        try (NluModel m = NluModel.load(folder)) {
            intents = m.meta().intents();
            try (NgramClassifier own = NgramClassifier.train(NluModelTest.tinySet(), m.meta().domains(), intents, 3, 1, 0.4, 10, 4, 0.5f, 7L,
                    line -> { })) {
                own.save(folder);
            }
        }
        String text = "上海天气怎么样";
        // slot transitions left out: on a three-epoch network they tip near-tied tags one way or the other
        // depending on which intents lend their slot names (those read after the mix)
        try (NluModel networks = NluModel.load(folder, NluModel.DEFAULT_SLOT_DECODING, 0.0, null, 0.0);
             NluModel mixed = NluModel.load(folder, NluModel.DEFAULT_SLOT_DECODING, null, null, 0.0);
             NgramClassifier alone = NgramClassifier.loadIfPresent(folder)) {
            assertThat(networks.ngramWeight()).isZero();
            assertThat(mixed.ngramWeight()).isEqualTo(0.4);
            double net = probability(networks.predict(text).intents(), "weather.query");
            double ngram = alone.predict(List.of(text)).intent()[0][intents.indexOf("weather.query")];
            assertThat(probability(mixed.predict(text).intents(), "weather.query")).isCloseTo(0.6 * net + 0.4 * ngram, within(1e-5));
            assertThat(mixed.predict(text).slots()).isEqualTo(networks.predict(text).slots());
        }
    }

    @Test
    void concurrentCallsGetTheSameProbabilitiesAsSequentialOnes() throws Exception {
        List<String> texts = List.of("播放稻香", "杭州天气怎么样", "打开淘宝", "讲个笑话吧");
        List<double[]> expected = texts.stream().map(t -> classifier.predict(List.of(t)).intent()[0]).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<double[]>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String t = texts.get(i % texts.size());
                futures.add(pool.submit(() -> classifier.predict(List.of(t)).intent()[0]));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).containsExactly(expected.get(i % texts.size()), within(1e-6));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aClassifierWithOtherLabelsThanItsModelIsRefused() throws IOException {
        Path folder = copyOfNetwork("mismatch");
        try (NgramClassifier other = NgramClassifier.train(NluModelTest.tinySet(), DOMAINS, List.of("music.play", "weather.query"),
                3, 1, 0.4, 2, 4, 0.5f, 7L, line -> { })) {
            other.save(folder);
        }
        assertThatThrownBy(() -> NluModel.load(folder)).isInstanceOf(IOException.class).hasMessageContaining("other labels");
        assertThat(Files.exists(folder.resolve(NgramClassifier.FOLDER))).isTrue();
        assertThatThrownBy(() -> NluModel.load(folder, NluModel.DEFAULT_SLOT_DECODING, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double probability(List<ModelOutput.Scored> ranked, String label) {
        return ranked.stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow().probability();
    }
}
