package io.xiaobu.chat.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import io.xiaobu.chat.corpus.ChatPair;
import io.xiaobu.chat.corpus.LcccReader;
import io.xiaobu.chat.corpus.PersonaBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Offline generations: build, publish atomically, serve read-only, switch to a newer one without a gap. */
class ChatIndexesTest {

    @TempDir
    Path root;

    private static List<ChatPair> corpus() throws Exception {
        Path tsv = Path.of(ChatIndexesTest.class.getResource("/retrieval/pairs.tsv").toURI());
        List<ChatPair> pairs = new ArrayList<>(PersonaBook.load().pairs());
        pairs.addAll(LcccReader.readPairs(tsv));
        return pairs;
    }

    @Test
    void aPublishedGenerationIsServedAndANewerOneReplacesIt() throws Exception {
        List<ChatPair> pairs = corpus();
        Path first = ChatIndexes.buildGeneration(root, pairs, List.of(), AnalyzerKind.CJK, 500, n -> { }, r -> { });
        assertThat(ChatIndexes.current(root)).isEqualTo(first);
        try (ReloadingRetriever serving = new ReloadingRetriever(root, RetrievalConfig.defaults())) {
            assertThat(serving.generation()).isEqualTo(first);
            assertThat(serving.search("今天天气真好啊")).first().extracting(RetrievedReply::reply)
                    .isEqualTo("是啊,适合出去走走");
            Thread.sleep(5); // generation names carry milliseconds
            List<ChatPair> more = new ArrayList<>(pairs);
            more.add(ChatPair.of("小布你会下棋吗", "会一点点，不过常常输", "lccc", "test"));
            Path second = ChatIndexes.buildGeneration(root, more, List.of(), AnalyzerKind.CJK, 500, n -> { }, r -> { });
            assertThat(serving.generation()).as("serving does not move until refresh").isEqualTo(first);
            assertThat(serving.refresh()).isTrue();
            assertThat(serving.generation()).isEqualTo(second);
            assertThat(serving.search("你会下棋吗")).extracting(RetrievedReply::reply).contains("会一点点，不过常常输");
            assertThat(serving.refresh()).as("no change, no switch").isFalse();
        }
        assertThat(Files.exists(root.resolve("CURRENT.tmp"))).isFalse();
    }

    @Test
    void onlyTheNewestThreeGenerationsStayOnDisk() throws Exception {
        for (int i = 0; i < 5; i++) {
            Files.createDirectories(root.resolve("gen-20260101-00000" + i + "-000"));
        }
        Files.writeString(root.resolve("CURRENT"), "gen-20260101-000004-000");
        ChatIndexes.prune(root, 3);
        try (var s = Files.list(root)) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gen-")).sorted().toList())
                    .containsExactly("gen-20260101-000002-000", "gen-20260101-000003-000", "gen-20260101-000004-000");
        }
    }

    @Test
    void anEmptyRootServesNothingWithoutFailing() throws Exception {
        try (ReloadingRetriever serving = new ReloadingRetriever(root, RetrievalConfig.defaults())) {
            assertThat(serving.search("你好")).isEmpty();
            assertThat(serving.size()).isZero();
        }
    }
}
