package io.xiaobu.deploy;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * A single-node Kafka broker (KRaft, combined broker + controller) on 127.0.0.1, in its own JVM: for running the
 * service in cluster mode on one machine and for benchmarks. Formats the log directory on first start, prints one
 * {@code READY} line when it accepts connections, and shuts down cleanly on SIGTERM / Ctrl-C.
 *
 * <pre>java -cp 'deploy/target/lib/*:deploy/target/classes' io.xiaobu.deploy.KafkaBrokerMain
 *      [--port 9092] [--controller-port 9093] [--log-dir var/kafka] [--partitions 6]</pre>
 */
public final class KafkaBrokerMain {

    /** What to run: client port, controller port, log directory, partitions of auto-created topics. */
    record Options(int port, int controllerPort, Path logDir, int partitions) {

        static Options parse(String[] args) {
            int port = 9092;
            Integer controllerPort = null;
            Path logDir = Path.of("var", "kafka");
            int partitions = 6;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--port" -> { port = parsePort("--port", value); i++; }
                    case "--controller-port" -> { controllerPort = parsePort("--controller-port", value); i++; }
                    case "--log-dir" -> { logDir = Path.of(require("--log-dir", value)); i++; }
                    case "--partitions" -> { partitions = Integer.parseInt(require("--partitions", value)); i++; }
                    case "-h", "--help" -> throw new IllegalArgumentException("");
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(port, controllerPort == null ? port + 1 : controllerPort, logDir, partitions);
        }

        private static String require(String option, String value) {
            if (value == null) throw new IllegalArgumentException(option + " needs a value");
            return value;
        }

        private static int parsePort(String option, String value) {
            int p = Integer.parseInt(require(option, value));
            if (p < 1 || p > 65535) throw new IllegalArgumentException(option + " must be 1..65535");
            return p;
        }
    }

    private KafkaBrokerMain() {}

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().isEmpty()) System.err.println(e.getMessage());
            System.err.println("usage: KafkaBrokerMain [--port 9092] [--controller-port PORT+1] [--log-dir var/kafka] [--partitions 6]");
            System.exit(e.getMessage().isEmpty() ? 0 : 2);
            return;
        }
        Properties props = brokerProperties(options);
        formatIfNeeded(options.logDir(), props);

        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props), Time.SYSTEM);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Kafka broker stopping");
            server.shutdown();
            server.awaitShutdown();
            System.out.println("Kafka broker stopped");
            stopped.countDown();
        }, "kafka-broker-shutdown"));
        server.startup();
        System.out.println("READY kafka bootstrap=127.0.0.1:" + options.port() + " logDir=" + options.logDir().toAbsolutePath());
        server.awaitShutdown();
        stopped.await();
    }

    /** KRaft combined mode, every listener on 127.0.0.1, replication factor 1 for the internal topics. */
    static Properties brokerProperties(Options o) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + o.port() + ",CONTROLLER://127.0.0.1:" + o.controllerPort());
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + o.port());
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + o.controllerPort());
        p.put("log.dirs", o.logDir().toAbsolutePath().toString());
        p.put("num.partitions", Integer.toString(o.partitions()));
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        return p;
    }

    /** Runs {@code kafka-storage format --standalone} once; a formatted directory keeps its cluster id and data. */
    private static void formatIfNeeded(Path logDir, Properties props) throws IOException {
        if (Files.exists(logDir.resolve("meta.properties"))) return;
        Files.createDirectories(logDir);
        Path config = Files.createTempFile("kafka-broker", ".properties");
        try {
            StringWriter text = new StringWriter();
            props.store(text, "xiaobu local broker");
            Files.writeString(config, text.toString());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int rc = StorageTool.execute(new String[] {"format", "--config", config.toString(), "--cluster-id",
                    Uuid.randomUuid().toString(), "--standalone"}, new PrintStream(out, true, StandardCharsets.UTF_8));
            if (rc != 0) throw new IOException("formatting " + logDir + " failed: " + out.toString(StandardCharsets.UTF_8));
            System.out.println("Formatted Kafka log directory " + logDir.toAbsolutePath());
        } finally {
            Files.deleteIfExists(config);
        }
    }
}
