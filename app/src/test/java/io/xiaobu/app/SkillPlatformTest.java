package io.xiaobu.app;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.xiaobu.skills.sdk.webhook.SignatureVerifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * A skill developer registers a remote skill at run time; its sample utterances are understood at
 * once and its signed webhook answers; removing it takes it out again.
 */
@QuarkusTest
class SkillPlatformTest {

    private static final String TOKEN = "Bearer test-admin-token-0123456789";
    private static final String SECRET = "horoscope-secret-0123456789";
    private static HttpServer webhook;
    private static final AtomicInteger verifiedCalls = new AtomicInteger();

    @BeforeAll
    static void startWebhook() throws IOException {
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        SignatureVerifier verifier = new SignatureVerifier(SECRET);
        webhook.createContext("/skill", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            var verdict = verifier.verify(exchange.getRequestHeaders().getFirst("X-Xiaobu-Timestamp"),
                    exchange.getRequestHeaders().getFirst("X-Xiaobu-Signature"), new String(body, StandardCharsets.UTF_8));
            byte[] answer = (verdict.valid() ? "{\"tts\":\"白羊座是3月21日到4月19日出生的。\"}" : "{}")
                    .getBytes(StandardCharsets.UTF_8);
            if (verdict.valid()) verifiedCalls.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(verdict.valid() ? 200 : 401, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        webhook.start();
    }

    @AfterAll
    static void stopWebhook() {
        webhook.stop(0);
    }

    private static String model() throws IOException {
        try (InputStream in = SkillPlatformTest.class.getResourceAsStream("/horoscope-skill.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, Object> registration(String model) {
        return Map.of("model", model, "webhook", Map.of("url",
                "http://127.0.0.1:" + webhook.getAddress().getPort() + "/skill", "secret", SECRET));
    }

    @Test
    void aRegisteredSkillIsUnderstoodAtOnceAndAnswersThroughItsSignedWebhook() throws IOException {
        given().contentType(ContentType.JSON).header("Authorization", TOKEN).body(registration(model()))
                .when().post("/v1/skills")
                .then().statusCode(201).body("id", equalTo("horoscope")).body("intents", hasItem("horoscope.dates"));

        given().contentType(ContentType.JSON).body(TurnApiTest.turn("r-horoscope", "白羊座是几月到几月"))
                .when().post("/v1/turns")
                .then().statusCode(200)
                .body("skill", equalTo("horoscope"))
                .body("intent", equalTo("horoscope.dates"))
                .body("reply.tts", containsString("3月21日"));
        org.assertj.core.api.Assertions.assertThat(verifiedCalls.get()).isPositive();

        // not a template of the skill: recognised by few-shot matching on the backbone's embeddings
        given().contentType(ContentType.JSON).body(TurnApiTest.turn("r-horoscope-fewshot", "白羊座几月几号到几月几号"))
                .queryParam("debug", true)
                .when().post("/v1/turns")
                .then().statusCode(200)
                .body("skill", equalTo("horoscope"))
                .body("trace.hypotheses.source", hasItem("fewshot"));

        given().when().get("/v1/skills").then().statusCode(200).body("id", hasItem("horoscope"));
        given().header("Authorization", TOKEN).when().delete("/v1/skills/horoscope").then().statusCode(204);
        given().contentType(ContentType.JSON).body(TurnApiTest.turn("r-horoscope-gone", "白羊座是几月到几月"))
                .when().post("/v1/turns")
                .then().statusCode(200).body("skill", not(equalTo("horoscope")));
    }

    @Test
    void registrationNeedsTheAdminToken() throws IOException {
        given().contentType(ContentType.JSON).body(registration(model()))
                .when().post("/v1/skills").then().statusCode(401).body("error", equalTo("unauthorized"));
    }

    @Test
    void anInvalidModelIsRefusedWithItsErrorsAndLineNumbers() {
        given().contentType(ContentType.JSON).header("Authorization", TOKEN)
                .body(registration("id: broken\nversion: 1.0.0\nintents:\n  - name: broken.intent\n    samples: []\n"))
                .when().post("/v1/skills")
                .then().statusCode(400).body("error", equalTo("invalid_skill"))
                .body("fields.field", hasItem(containsString("line")));
    }

    @Test
    void builtInSkillsCannotBeRemovedOrReplaced() {
        given().header("Authorization", TOKEN).when().delete("/v1/skills/alarm").then().statusCode(409);
        given().contentType(ContentType.JSON).header("Authorization", TOKEN)
                .body(registration("id: alarm\nversion: 1.0.0\n"))
                .when().post("/v1/skills").then().statusCode(400);
    }
}
