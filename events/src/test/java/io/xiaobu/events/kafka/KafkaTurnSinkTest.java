package io.xiaobu.events.kafka;

import io.xiaobu.events.SinkHealth;
import io.xiaobu.events.TurnEvent;
import io.xiaobu.events.TurnEventFixtures;
import io.xiaobu.events.TurnEventJson;
import io.xiaobu.events.TurnRecorder;
import io.xiaobu.events.jsonl.JsonlTurnLog;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Delivery to a real Kafka broker on 127.0.0.1, through an outage and through a restart of the producing process. */
class KafkaTurnSinkTest {

    @TempDir
    static Path tmp;

    static LocalKafkaBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = new LocalKafkaBroker(tmp.resolve("kafka-logs"));
        broker.start();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap()))) {
            admin.createTopics(List.of(new NewTopic("turns", 3, (short) 1), new NewTopic("replay", 1, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS);
        }
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) broker.close();
    }

    private static KafkaSinkConfig config(String bootstrap, String topic, Path spool) {
        return KafkaSinkConfig.of(bootstrap, topic, spool)
                .withDeliveryTimeout(Duration.ofSeconds(2))
                .withRetryBackoff(Duration.ofMillis(100), Duration.ofMillis(500))
                .withCloseTimeout(Duration.ofSeconds(10));
    }

    @Test
    void everyTurnArrivesExactlyOncePerRequestIdAndInOrderPerUserAcrossABrokerOutage() throws Exception {
        KafkaTurnSink kafka = new KafkaTurnSink(config(broker.bootstrap(), "turns", tmp.resolve("spool-outage")));
        JsonlTurnLog log = new JsonlTurnLog(new JsonlTurnLog.Settings(tmp.resolve("log-outage"), 1 << 20, 5));
        Map<String, List<String>> sentPerUser = new LinkedHashMap<>();
        List<Long> recordNanos = new ArrayList<>();
        int total = 240;
        try (TurnRecorder recorder = new TurnRecorder(List.of(log, kafka), tmp.resolve("overflow-outage"), 1000, null)) {
            for (int i = 0; i < total; i++) {
                String user = "user-" + (i % 6);
                String requestId = String.format("req-%03d", i);
                sentPerUser.computeIfAbsent(user, u -> new ArrayList<>()).add(requestId);
                TurnEvent event = TurnEventFixtures.alarmTurn(requestId, user);
                long t0 = System.nanoTime();
                recorder.record(event);
                recordNanos.add(System.nanoTime() - t0);

                if (i == 80) {
                    await("some turns delivered before the outage", () -> kafka.delivered() >= 40, 20);
                    broker.stop();
                }
                if (i == 200) {
                    await("the sink noticed the outage", () -> !kafka.health().up(), 20);
                    SinkHealth down = kafka.health();
                    assertThat(down.pending()).isPositive();
                    assertThat(down.detail()).contains("spooled");
                    broker.start();
                }
                if (i >= 80 && i < 200) Thread.sleep(5); // turns keep coming during the outage
            }
            await("the spool drained after the broker came back", () -> kafka.spooled() == 0, 40);
            await("the sink reports itself up again", () -> kafka.health().up(), 20);
        }

        recordNanos.sort(Long::compare);
        assertThat(recordNanos.getLast()).as("slowest record() during the outage").isLessThan(TimeUnit.MILLISECONDS.toNanos(250));

        List<ConsumerRecord<String, byte[]>> received = consumeAll("turns", total);
        Map<String, Set<String>> firstSeenPerUser = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> r : received) {
            TurnEvent event = TurnEventJson.parse(r.value()).orElseThrow();
            assertThat(r.key()).isEqualTo(event.userId());
            firstSeenPerUser.computeIfAbsent(event.userId(), u -> new LinkedHashSet<>()).add(event.requestId());
        }
        assertThat(firstSeenPerUser.values().stream().mapToInt(Set::size).sum()).isEqualTo(total);
        for (Map.Entry<String, List<String>> user : sentPerUser.entrySet()) {
            assertThat(List.copyOf(firstSeenPerUser.get(user.getKey()))).as("order of %s", user.getKey())
                    .containsExactlyElementsOf(user.getValue());
        }
        System.out.printf("outage test: %d turns, %d Kafka records (%d duplicates after retries), slowest record() %.2f ms%n",
                total, received.size(), received.size() - total, recordNanos.getLast() / 1e6);

        List<String> logged = new ArrayList<>();
        for (Path f : JsonlTurnLog.files(tmp.resolve("log-outage"))) JsonlTurnLog.read(f).forEach(e -> logged.add(e.requestId()));
        assertThat(logged).hasSize(total).doesNotHaveDuplicates();
    }

    @Test
    void turnsSpooledWhileKafkaWasUnreachableAreDeliveredInOrderAfterTheProcessRestarts() throws Exception {
        Path spool = tmp.resolve("spool-replay");
        String nobodyListens = "127.0.0.1:" + LocalKafkaBroker.freePort();
        KafkaTurnSink first = new KafkaTurnSink(config(nobodyListens, "replay", spool).withCloseTimeout(Duration.ofMillis(300)));
        await("health says Kafka is down before any turn", () -> !first.health().up(), 20);
        assertThat(first.health().detail()).contains("not reachable at start");
        for (int i = 0; i < 20; i++) first.publish(TurnEventFixtures.alarmTurn("spooled-" + i, "user-x"));
        first.flush();
        first.close();
        assertThat(first.delivered()).isZero();
        assertThat(first.spooled()).isEqualTo(20);

        try (KafkaTurnSink second = new KafkaTurnSink(config(broker.bootstrap(), "replay", spool))) {
            assertThat(second.spooled()).isEqualTo(20);
            await("the spool left by the previous process drained", () -> second.spooled() == 0, 30);
            assertThat(second.health().up()).isTrue();
            assertThat(second.delivered()).isEqualTo(20);
        }
        List<String> ids = consumeAll("replay", 20).stream()
                .map(r -> TurnEventJson.parse(r.value()).orElseThrow().requestId()).distinct().toList();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 20; i++) expected.add("spooled-" + i);
        assertThat(ids).containsExactlyElementsOf(expected);
    }

    /** Reads the topic from the beginning until {@code distinct} distinct request ids were seen (or 30 s passed). */
    private static List<ConsumerRecord<String, byte[]>> consumeAll(String topic, int distinct) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(topic)) partitions.add(new TopicPartition(topic, info.partition()));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (ids.size() < distinct && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    out.add(r);
                    ids.add(TurnEventJson.parse(r.value()).map(TurnEvent::requestId).orElse("?"));
                }
            }
        }
        return out;
    }

    private static void await(String what, BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting until " + what);
            Thread.sleep(20);
        }
    }
}
