package io.xiaobu.chat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import io.xiaobu.chat.corpus.PersonaBook;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Retrieval over the start-up persona index: calibrated answers for paraphrases, abstention otherwise. */
class ChatRetrieverTest {

    private static ChatRetriever persona;

    @BeforeAll
    static void buildPersonaIndex() throws Exception {
        persona = ChatIndexes.inMemory(PersonaBook.load().pairs(), AnalyzerKind.CJK, RetrievalConfig.defaults(), 2000);
    }

    @AfterAll
    static void close() throws Exception {
        persona.close();
    }

    @Test
    void aParaphraseOfAPersonaQuestionGetsThePersonaAnswer() {
        List<RetrievedReply> r = persona.search("你叫什么名字呀");
        assertThat(r).isNotEmpty();
        assertThat(r.getFirst().entryId()).isEqualTo("identity.name");
        assertThat(r.getFirst().reply()).contains("小布");
        assertThat(r.getFirst().probability()).isBetween(0.5, 1.0);
    }

    @Test
    void thanksGetsAThanksAnswer() {
        assertThat(persona.search("谢谢你啊小布")).first().extracting(RetrievedReply::entryId).isEqualTo("social.thanks");
    }

    @Test
    void anUnrelatedQueryMakesRetrievalAbstain() {
        assertThat(persona.search("量子色动力学的重整化群方程怎么推导")).isEmpty();
    }

    @Test
    void candidatesAreSortedByCalibratedProbability() {
        List<RetrievedReply> c = persona.candidates("你能做什么");
        for (int i = 1; i < c.size(); i++) {
            assertThat(c.get(i).probability()).isLessThanOrEqualTo(c.get(i - 1).probability());
        }
    }

    @Test
    void badInputNeverThrows() {
        for (String s : new String[] {null, "", "\u0000\u0001", "😀😀😀", "好".repeat(100_000), "MATCH (n) DETACH DELETE n",
                "*:* OR 1=1", "\"\\\\", "ＡＢＣ"}) {
            assertThat(persona.search(s)).isNotNull();
        }
    }
}
