package io.xiaobu.app;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Every turn — answered or rejected — ends up in the local turn log as one versioned event. */
@QuarkusTest
class TurnRecordingTest {

    @ConfigProperty(name = "xiaobu.work-dir")
    String workDir;

    @Test
    void answeredAndRejectedTurnsAreBothRecorded() throws Exception {
        given().contentType(ContentType.JSON).body(TurnApiTest.turn("rec-answered", "你好")).post("/v1/turns")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(TurnApiTest.turn("rec-rejected", "嗯嗯")).post("/v1/turns")
                .then().statusCode(200);
        String log = "";
        for (int i = 0; i < 50 && !(log.contains("rec-answered") && log.contains("rec-rejected")); i++) {
            Thread.sleep(100);
            log = readLog(Path.of(workDir, "events", "log"));
        }
        assertThat(log).contains("\"requestId\":\"rec-answered\"").contains("\"requestId\":\"rec-rejected\"")
                .contains("\"schema\":\"xiaobu.turn/1\"").contains("\"outcome\":\"rejected\"")
                .contains("\"nlu\":\"product@").containsPattern("\"skills\":\"alarm@\\d+\\.\\d+\\.\\d+");
    }

    private static String readLog(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return "";
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) sb.append(Files.readString(f));
        }
        return sb.toString();
    }
}
