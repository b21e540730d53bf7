package io.xiaobu.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.xiaobu.kg.KnowledgeGraph;
import io.xiaobu.kg.link.EntityLink;
import io.xiaobu.kg.qa.KbqaAnswer;
import io.xiaobu.kg.server.EmbeddedGraph;
import io.xiaobu.kg.server.GraphServerProcess;
import java.io.File;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default end to end: Neo4jServerMain runs in a child JVM started by GraphServerProcess,
 * the knowledge graph talks to it over Bolt on loopback, and survives the database stopping and
 * coming back on the same port and data directory.
 */
class Neo4jServerProcessTest {

    @Test
    void theGraphGoesDownWithTheServerKeepsLinkingAndRecoversByItselfAfterARestart(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        GraphServerProcess.Options options = new GraphServerProcess.Options(
                List.of(System.getProperty("java.class.path").split(File.pathSeparator)),
                dir.resolve("neo4j"), port, null, "512m", "64m", Duration.ofSeconds(180));

        EmbeddedGraph embedded = EmbeddedGraph.start(options, System.out::println);
        GraphServerProcess server = embedded.server();
        assertThat(server.boltUri()).isEqualTo("bolt://127.0.0.1:" + port);
        KnowledgeGraph kg = embedded.graph();
        try {
            assertThat(kg.indexFromGraph()).isTrue();
            assertThat(kg.answer("周杰伦的老婆是谁").answer()).isEqualTo("昆凌");

            server.close();
            assertThat(server.isAlive()).isFalse();
            Thread.sleep(600); // past the health cache
            assertThat(kg.isUp()).isFalse();
            KbqaAnswer down = kg.answer("周杰伦的老婆是谁");
            assertThat(down.status()).isEqualTo(KbqaAnswer.Status.UNAVAILABLE);
            assertThat(down.reply()).contains("暂时");
            assertThat(kg.link("播放周杰伦的稻香")).extracting(EntityLink::name).containsExactly("周杰伦", "稻香");

            try (GraphServerProcess again = GraphServerProcess.start(options, System.out::println)) {
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                KbqaAnswer back = kg.answer("周杰伦的老婆是谁");
                while (!back.answered() && System.nanoTime() < deadline) {
                    assertThat(back.status()).isEqualTo(KbqaAnswer.Status.UNAVAILABLE); // never a wrong answer
                    Thread.sleep(500);
                    back = kg.answer("周杰伦的老婆是谁");
                }
                assertThat(kg.isUp()).isTrue();
                assertThat(back.answer()).isEqualTo("昆凌");
            }
        } finally {
            embedded.close();
        }
    }
}
