package io.xiaobu.chat.generation;

import static org.assertj.core.api.Assertions.assertThat;

import io.xiaobu.chat.CandidateSource;
import io.xiaobu.chat.ChatCandidate;
import io.xiaobu.chat.ChatConfig;
import io.xiaobu.chat.ChatEngine;
import io.xiaobu.chat.ChatQuery;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The chat facade with a generator: generated replies join as GENERATION candidates; unsafe queries are never generated for. */
class ChatEngineGenerationTest {

    static ChatEngine engine;

    @BeforeAll
    static void start() throws Exception {
        ChatConfig base = ChatConfig.defaults().withIndexRoot(null).withSafetyDir(null);
        GenerationConfig lenient = GenerationConfig.defaults().withEvaluator(new EvaluatorConfig(-100, 1, 0, 0, 0, 1, 1, 40, 0.5));
        ChatConfig config = base.withGeneratorDir(TinyGenerator.trained()).withGeneration(lenient);
        engine = ChatEngine.create(config, null);
    }

    @AfterAll
    static void stop() throws Exception {
        engine.close();
    }

    @Test
    void nothingIsGeneratedWhenTheCallerKnowsATaskCoversTheTurn() {
        List<ChatCandidate> c = engine.reply(new ChatQuery("u1", "t5", "周末去哪玩", List.of("今天好累", "怎么了"), null, false));
        assertThat(c).noneMatch(x -> x.source() == CandidateSource.GENERATION);
    }

    @Test
    void anOrdinaryChatLineGetsAGeneratedCandidateWithAScoreInZeroOne() {
        assertThat(engine.generates()).isTrue();
        List<ChatCandidate> c = engine.reply(new ChatQuery("u1", "t1", "周末去哪玩", List.of("今天好累", "怎么了")));
        assertThat(c).anySatisfy(x -> {
            assertThat(x.source()).isEqualTo(CandidateSource.GENERATION);
            assertThat(x.score()).isBetween(0.0, 1.0);
            assertThat(x.text()).isNotBlank();
        });
    }

    @Test
    void anAbusiveQueryGetsOnlyTheDeflectionAndNothingGenerated() {
        List<ChatCandidate> c = engine.reply(new ChatQuery("u1", "t2", "你个傻逼", List.of()));
        assertThat(c).hasSize(1).allSatisfy(x -> assertThat(x.source()).isEqualTo(CandidateSource.SAFETY));
    }

    @Test
    void aBrokenGeneratorDirLeavesTheEngineOnRetrievalInsteadOfFailing(@org.junit.jupiter.api.io.TempDir java.nio.file.Path broken)
            throws Exception {
        java.nio.file.Files.writeString(broken.resolve("generator.properties"), "dimension=oops");
        java.nio.file.Files.writeString(broken.resolve("vocab.txt"), "20320");
        try (ChatEngine e = ChatEngine.create(ChatConfig.defaults().withIndexRoot(null).withSafetyDir(null)
                .withGeneratorDir(broken), null)) {
            assertThat(e.generates()).isFalse();
            assertThat(e.reply(new ChatQuery("u1", "t4", "小布你好", List.of()))).isNotEmpty();
        }
    }

    @Test
    void badInputNeverThrowsThroughTheFacade() {
        for (String s : new String[] {"", "😀".repeat(2000), "\u0000\u0001\u007f", "ＭＡＴＣＨ (n) RETURN n"}) {
            assertThat(engine.reply(new ChatQuery("u1", "t3", s, List.of("😀".repeat(500))))).isNotNull();
        }
    }
}
