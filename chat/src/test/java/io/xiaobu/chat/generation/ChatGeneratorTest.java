package io.xiaobu.chat.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.xiaobu.chat.safety.SafetyChecker;
import io.xiaobu.chat.safety.SafetyLexicon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Generate–evaluate–correct on a tiny trained model, and the committed model when it is there. */
class ChatGeneratorTest {

    static final SafetyChecker SAFETY = new SafetyChecker(SafetyLexicon.load(null));

    static ChatGenerator lenient;
    static ChatGenerator impossible;

    @BeforeAll
    static void train() throws Exception {
        Path dir = TinyGenerator.trained();
        GenerationConfig d = GenerationConfig.defaults();
        EvaluatorConfig anyLikelihood = new EvaluatorConfig(-100, 1, 0, 0, 0, 1, 1, 40, 0.5);
        lenient = ChatGenerator.load(dir, SAFETY, d.withEvaluator(anyLikelihood));
        impossible = ChatGenerator.load(dir, SAFETY, d.withEvaluator(anyLikelihood.withThreshold(1.01)));
    }

    @AfterAll
    static void close() {
        lenient.close();
        impossible.close();
    }

    @Test
    void theFirstRoundStopsAsSoonAsACandidatePassesAndTheBestOneIsReturned() {
        ChatGenerator.Outcome o = lenient.generate("你好", List.of(), new Random(3));
        assertThat(o.rounds()).isEqualTo(1);
        assertThat(o.candidates()).hasSize(GenerationConfig.defaults().samples());
        assertThat(o.best()).isPresent();
        double top = o.candidates().stream().filter(ScoredReply::passed).mapToDouble(ScoredReply::score).max().orElseThrow();
        assertThat(o.best().get().score()).isEqualTo(top);
    }

    @Test
    void whenNothingPassesItRetriesOnceThenGivesUp() {
        ChatGenerator.Outcome o = impossible.generate("你好", List.of(), new Random(3));
        assertThat(o.rounds()).isEqualTo(2);
        assertThat(o.candidates()).hasSize(2 * GenerationConfig.defaults().samples());
        assertThat(o.best()).isEmpty();
    }

    @Test
    void badInputNeverThrows() {
        String emoji = "😀".repeat(2000);
        for (String s : new String[] {"", "   ", null, emoji, "\u0000\u0007\u001b[31m你好", "ＭＡＴＣＨ (n) DETACH DELETE n", "今天天氣真好"}) {
            assertThatCode(() -> lenient.generate(s, List.of(emoji, "\u0000"), new Random(1))).as(String.valueOf(s)).doesNotThrowAnyException();
        }
        assertThat(lenient.generate("", List.of(), new Random(1)).best()).isEmpty();
        assertThat(lenient.reply(null, null)).isEmpty();
    }

    @Test
    void theCommittedModelRepliesInChineseToAGreeting() throws Exception {
        Path committed = Path.of("..", "models", "chat", "generator");
        Assumptions.assumeTrue(GeneratorModel.exists(committed) && Files.isDirectory(committed),
                "no committed generator under ../models/chat/generator");
        try (ChatGenerator g = ChatGenerator.load(committed, SAFETY, GenerationConfig.defaults())) {
            ChatGenerator.Outcome o = g.generate("你好", List.of(), new Random(7));
            assertThat(o.best()).isPresent();
            assertThat(o.best().get().text()).containsPattern("\\p{IsHan}");
        }
    }
}
