package io.xiaobu.deploy;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KafkaBrokerMainTest {

    @TempDir
    Path tmp;

    @Test
    void optionsDefaultTheControllerPortToTheNextPortAndRejectNonsense() {
        KafkaBrokerMain.Options o = KafkaBrokerMain.Options.parse(new String[] {"--port", "19092", "--log-dir", "x"});
        assertThat(o.controllerPort()).isEqualTo(19093);
        assertThat(o.logDir()).isEqualTo(Path.of("x"));
        assertThatThrownBy(() -> KafkaBrokerMain.Options.parse(new String[] {"--port", "70000"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KafkaBrokerMain.Options.parse(new String[] {"--bind", "0.0.0.0"}))
                .hasMessageContaining("unknown option");
    }

    @Test
    void theBrokerRunsInItsOwnJvmOnLoopbackSaysReadyTakesRecordsAndStopsCleanlyOnSigterm() throws Exception {
        int port = freePort();
        Path logDir = tmp.resolve("kafka");
        Process broker = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dslf4j.provider=org.apache.logging.slf4j.SLF4JServiceProvider",
                "-cp", System.getProperty("java.class.path"), KafkaBrokerMain.class.getName(),
                "--port", Integer.toString(port), "--controller-port", Integer.toString(freePort()),
                "--log-dir", logDir.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("broker.out").toFile()).start();
        Path out = tmp.resolve("broker.out");
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (Files.readAllLines(out).stream().noneMatch(l -> l.startsWith("READY kafka bootstrap=127.0.0.1:" + port))) {
                assertThat(broker.isAlive()).as("broker died: %s", Files.readString(out)).isTrue();
                assertThat(System.nanoTime()).as("no READY line within 60 s: %s", Files.readString(out)).isLessThan(deadline);
                Thread.sleep(100);
            }
            assertThat(Files.exists(logDir.resolve("meta.properties"))).isTrue();
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
                RecordMetadata ack = producer.send(new ProducerRecord<>("smoke", "u", "你好")).get(30, TimeUnit.SECONDS);
                assertThat(ack.offset()).isZero();
            }
            broker.destroy(); // SIGTERM
            assertThat(broker.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s").isTrue();
            assertThat(Files.readAllLines(out)).as("exit code %d", broker.exitValue()).contains("Kafka broker stopped");
        } finally {
            broker.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
