package io.xiaobu.app;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Chat through the device API: persona, memory kept per user, and the safety deflection. */
@QuarkusTest
class ChatTurnsTest {

    private static String turn(String requestId, String userId, String text) {
        return TurnApiTest.turn(requestId, text).replace("\"userId\":\"u-1\"", "\"userId\":\"" + userId + "\"");
    }

    @Test
    void theAssistantSaysWhoItIs() {
        given().contentType(ContentType.JSON).body(turn("c-who", "chat-u1", "你是谁"))
                .when().post("/v1/turns")
                .then().statusCode(200).body("outcome", equalTo("answered")).body("reply.tts", containsString("小布"));
    }

    @Test
    void whatAUserSaysAboutThemselvesIsRememberedForThemAlone() {
        given().contentType(ContentType.JSON).body(turn("c-tell", "chat-alice", "我住在杭州"))
                .when().post("/v1/turns").then().statusCode(200);
        given().contentType(ContentType.JSON).body(turn("c-ask", "chat-alice", "我住哪"))
                .when().post("/v1/turns")
                .then().statusCode(200).body("reply.tts", containsString("杭州"));
        given().contentType(ContentType.JSON).body(turn("c-ask-other", "chat-bob", "我住哪"))
                .when().post("/v1/turns")
                .then().statusCode(200).body("reply.tts", not(containsString("杭州")));
    }

    @Test
    void anAbusiveQueryGetsACalmDeflection() {
        given().contentType(ContentType.JSON).body(turn("c-abuse", "chat-u2", "你真是个傻逼"))
                .when().post("/v1/turns")
                .then().statusCode(200).body("outcome", equalTo("answered")).body("intent", equalTo("chat.safety"));
    }
}
