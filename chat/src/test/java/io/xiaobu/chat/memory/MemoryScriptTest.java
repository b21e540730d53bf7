package io.xiaobu.chat.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.xiaobu.chat.CandidateSource;
import io.xiaobu.chat.ChatCandidate;
import io.xiaobu.chat.ChatConfig;
import io.xiaobu.chat.ChatEngine;
import io.xiaobu.chat.ChatQuery;
import io.xiaobu.kg.store.UserMemoryStore;
import io.xiaobu.kg.store.UserMemoryStore.StoredFact;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The one test class that starts Neo4j (harness, Bolt on 127.0.0.1): the scripted memory cases of
 * {@code memory/memory_cases.yaml}, strict user isolation, history on update, and the chat facade with memory.
 */
class MemoryScriptTest {

    private static Neo4j neo4j;
    private static Driver driver;
    private static UserMemoryStore store;
    private static MemoryService memory;

    /** A clock that moves one second per reading, so every statement has its own time. */
    static final class TickingClock extends Clock {
        private final AtomicLong seconds = new AtomicLong(1_790_000_000L);

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochSecond(seconds.incrementAndGet());
        }
    }

    @BeforeAll
    static void startNeo4j() {
        neo4j = Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"))
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(100))
                .withConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(100))
                .build();
        driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
        store = new UserMemoryStore(driver, null);
        store.ensureSchema();
        memory = new MemoryService(store, new TickingClock());
    }

    @AfterAll
    static void stopNeo4j() {
        driver.close();
        neo4j.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void scriptedMemoryCasesPass() throws Exception {
        Map<String, Object> doc;
        try (InputStream in = getClass().getResourceAsStream("/memory/memory_cases.yaml")) {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        Map<String, List<Object>> values = (Map<String, List<Object>>) doc.get("values");
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (Map<String, Object> template : (List<Map<String, Object>>) doc.get("templates")) {
            int repeat = ((Number) template.getOrDefault("repeat", 4)).intValue();
            for (int i = 0; i < repeat; i++) {
                cases++;
                String a = "case" + cases + "-A";
                String b = "case" + cases + "-B";
                String failure = runCase((List<List<String>>) template.get("turns"), values, i, a, b);
                if (failure != null) {
                    failures.add(template.get("name") + " #" + i + ": " + failure);
                }
            }
        }
        double passRate = (cases - failures.size()) / (double) cases;
        String report = String.format("memory cases: %d, passed %d, pass rate %.3f%n%s", cases, cases - failures.size(),
                passRate, String.join("\n", failures));
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "memory-cases.txt"), report);
        assertThat(cases).isGreaterThanOrEqualTo(100);
        assertThat(failures).as(report).isEmpty();
    }

    private static String runCase(List<List<String>> turns, Map<String, List<Object>> values, int i, String a, String b) {
        int turnNo = 0;
        for (List<String> turn : turns) {
            String user = turn.get(0).equals("A") ? a : b;
            String text = expand(turn.get(1), values, i, a);
            String expect = expand(turn.get(2), values, i, a);
            Optional<MemoryReply> reply = memory.respond(user, user + "-t" + (++turnNo), text);
            String said = reply.map(MemoryReply::text).orElse("");
            boolean ok = switch (expect.charAt(0)) {
                case '~' -> reply.isEmpty();
                case '-' -> !said.contains(expect.substring(1));
                default -> said.contains(expect);
            };
            if (!ok) {
                return "turn " + turnNo + " [" + user + "] \"" + text + "\" expected " + expect + " but got \"" + said + "\"";
            }
        }
        return null;
    }

    private static String expand(String template, Map<String, List<Object>> values, int i, String userA) {
        String out = template.replace("{A}", userA);
        for (Map.Entry<String, List<Object>> e : values.entrySet()) {
            List<Object> v = e.getValue();
            out = out.replace("{" + e.getKey() + "2}", String.valueOf(v.get((i + 1) % v.size())))
                    .replace("{" + e.getKey() + "}", String.valueOf(v.get(i % v.size())));
        }
        return out;
    }

    @Test
    void oneUsersMemoryCanNeverBeReadThroughAnotherUsersTurnsOrIds() {
        String alice = "iso-alice";
        String bob = "iso-bob";
        memory.respond(alice, "alice-t1", "我住在青岛");
        memory.respond(alice, "alice-t2", "我的生日是二月二号");
        memory.respond(alice, "alice-t3", "我老婆叫韩梅梅，电话是13812345678");
        List<String> probes = List.of("我住哪", "我生日是哪天", "我老婆叫什么", "我老婆的电话是多少", "你都记得我什么",
                "我是iso-alice，我住哪", "alice-t1 我的生日是哪天", "iso-alice的生日是哪天", "我在哪");
        for (String probe : probes) {
            // bob even reuses alice's turn ids
            String said = memory.respond(bob, "alice-t2", probe).map(MemoryReply::text).orElse("");
            assertThat(said).as(probe).doesNotContain("青岛", "二月二", "韩梅梅", "13812345678");
        }
        for (String hostileId : List.of("iso-alice ", "ISO-ALICE", "iso-alice'}) MATCH (n) DETACH DELETE n //", "*", "")) {
            assertThat(memory.answer(hostileId, "我住哪").map(MemoryReply::text).orElse("")).doesNotContain("青岛");
        }
        memory.respond(bob, "alice-t3", "清除你记住的关于我的一切");
        memory.observe(bob, "alice-t1", "我住在拉萨");
        assertThat(store.currentFacts(bob)).extracting(StoredFact::value).containsExactly("拉萨");
        assertThat(store.currentFacts(alice)).extracting(StoredFact::value).contains("青岛", "二月二号", "韩梅梅");
        assertThat(memory.contact(alice, "媳妇")).map(StoredFact::phone).contains("13812345678");
        assertThat(memory.defaultLocation(alice)).contains("青岛");
    }

    @Test
    void theNewestStatementWinsAndHistoryIsKept() {
        String u = "history-user";
        memory.observe(u, "h1", "我的生日是三月五号");
        memory.observe(u, "h2", "我的生日是三月六号");
        List<StoredFact> history = store.history(u, "BIRTHDAY:self");
        assertThat(history).extracting(StoredFact::value).containsExactly("三月六号", "三月五号");
        assertThat(history).extracting(StoredFact::active).containsExactly(true, false);
        assertThat(history).extracting(StoredFact::turnId).containsExactly("h2", "h1");
        assertThat(history.get(0).saidAt()).isAfter(history.get(1).saidAt());
    }

    @Test
    void theUserIsGreetedOnTheRememberedBirthdayOnly() {
        memory.observe("bday-user", "b1", "我叫小林");
        memory.observe("bday-user", "b2", "我的生日是三月五号");
        assertThat(memory.birthdayGreeting("bday-user", java.time.LocalDate.of(2027, 3, 5))).contains("小林，今天是你的生日，生日快乐！");
        assertThat(memory.birthdayGreeting("bday-user", java.time.LocalDate.of(2027, 3, 6))).isEmpty();
        assertThat(memory.birthdayGreeting("someone-else", java.time.LocalDate.of(2027, 3, 5))).isEmpty();
    }

    @Test
    void theChatFacadeAnswersFromMemoryBeforeRetrieval() throws Exception {
        try (ChatEngine engine = ChatEngine.create(ChatConfig.defaults().withIndexRoot(null).withSafetyDir(null), memory)) {
            List<ChatCandidate> told = engine.reply(new ChatQuery("facade-user", "f1", "我住在厦门", List.of()));
            assertThat(told.getFirst().source()).isEqualTo(CandidateSource.MEMORY);
            List<ChatCandidate> asked = engine.reply(new ChatQuery("facade-user", "f2", "我住哪", List.of()));
            assertThat(asked.getFirst().text()).contains("厦门");
            assertThat(engine.reply(new ChatQuery("someone-else", "f3", "我住哪", List.of())).getFirst().text())
                    .doesNotContain("厦门");
        }
    }
}
