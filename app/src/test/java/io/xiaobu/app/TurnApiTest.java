package io.xiaobu.app;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The device API, as a device sees it: what it sends, what it gets back, and how mistakes are named. */
@QuarkusTest
class TurnApiTest {

    static String turn(String requestId, String text) {
        return turn(requestId, text, "phone");
    }

    static String turn(String requestId, String text, String deviceType) {
        return """
                {"requestId":"%s","userId":"u-1","deviceId":"d-1","timestamp":"2026-11-21T08:30:00+08:00",
                 "timezone":"Asia/Shanghai","device":{"type":"%s","locale":"zh-CN","capabilities":["screen"]},
                 "asr":{"text":"%s","confidence":0.93,"audioMs":1800},"context":{"foregroundApp":"launcher"}}
                """.formatted(requestId, deviceType, text);
    }

    @Test
    void aTurnGetsAnOutcomeASessionAndAReply() {
        given().contentType(ContentType.JSON).body(turn("r-basic", "今天天气怎么样"))
                .when().post("/v1/turns")
                .then().statusCode(200)
                .body("requestId", equalTo("r-basic"))
                .body("sessionId", notNullValue())
                .body("outcome", notNullValue())
                .body("trace", nullValue());
    }

    @Test
    void debugTraceListsEveryStageInPipelineOrder() {
        given().contentType(ContentType.JSON).body(turn("r-debug", "打开微信")).queryParam("debug", true)
                .when().post("/v1/turns")
                .then().statusCode(200)
                .body("trace.stages.name", contains("reject", "contextualise", "link", "understand", "candidates",
                        "rank", "fulfil", "respond"))
                .body("trace.decision", notNullValue());
    }

    @Test
    void fillerOnlyInputIsRejectedWithoutAReply() {
        given().contentType(ContentType.JSON).body(turn("r-filler", "嗯……啊"))
                .when().post("/v1/turns")
                .then().statusCode(200)
                .body("outcome", equalTo("rejected"))
                .body("reply", nullValue());
    }

    @Test
    void aRetriedRequestIdGetsTheSameResponse() {
        String first = given().contentType(ContentType.JSON).body(turn("r-retry", "你好"))
                .when().post("/v1/turns").then().statusCode(200).extract().path("sessionId");
        given().contentType(ContentType.JSON).body(turn("r-retry", "你好"))
                .when().post("/v1/turns").then().statusCode(200).body("sessionId", equalTo(first));
    }

    @Test
    void malformedJsonIsA400SayingWhere() {
        given().contentType(ContentType.JSON).body("{\"requestId\": \"x\", ")
                .when().post("/v1/turns")
                .then().statusCode(400)
                .body("error", equalTo("invalid_request"))
                .body("message", containsString("JSON"));
    }

    @Test
    void missingAsrTextIsA400NamingTheField() {
        given().contentType(ContentType.JSON)
                .body("{\"requestId\":\"r\",\"userId\":\"u\",\"deviceId\":\"d\",\"device\":{\"type\":\"phone\"},\"asr\":{}}")
                .when().post("/v1/turns")
                .then().statusCode(400)
                .body("fields.field", hasItem("asr.text"));
    }

    @Test
    void blankAsrTextIsA400() {
        given().contentType(ContentType.JSON).body(turn("r-blank", "   "))
                .when().post("/v1/turns")
                .then().statusCode(400)
                .body("fields.field", hasItem("asr.text"));
    }

    @Test
    void textOverTheLimitIsA400() {
        given().contentType(ContentType.JSON).body(turn("r-long", "好".repeat(257)))
                .when().post("/v1/turns")
                .then().statusCode(400)
                .body("fields[0].field", equalTo("asr.text"))
                .body("fields[0].message", containsString("256"));
    }

    @Test
    void unknownDeviceTypeIsA400NamingTheField() {
        given().contentType(ContentType.JSON).body(turn("r-fridge", "你好", "fridge"))
                .when().post("/v1/turns")
                .then().statusCode(400)
                .body("fields[0].field", equalTo("device.type"))
                .body("fields[0].message", containsString("fridge"));
    }

    @Test
    void aWrongTypeIsA400NamingTheField() {
        given().contentType(ContentType.JSON)
                .body("{\"requestId\":\"r\",\"userId\":\"u\",\"deviceId\":\"d\",\"device\":{\"type\":\"phone\"},"
                        + "\"asr\":{\"text\":\"你好\",\"confidence\":\"high\"}}")
                .when().post("/v1/turns")
                .then().statusCode(400)
                .body("fields[0].field", equalTo("asr.confidence"));
    }

    @Test
    void aBodyOver64KibIsA413() {
        given().contentType(ContentType.JSON).body(turn("r-huge", "你好").replace("\"launcher\"",
                        "\"" + "x".repeat(70 * 1024) + "\""))
                .when().post("/v1/turns")
                .then().statusCode(413)
                .body("error", equalTo("body_too_large"));
    }

    @Test
    void hostileTextIsHandledLikeAnyOtherText() {
        for (String text : new String[]{"MATCH (n) DETACH DELETE n //", "'; DROP TABLE users; --", "\\u0000\\u0007控制",
                "😀".repeat(100), "１２３４５", "開啟藍牙"}) {
            given().contentType(ContentType.JSON).body(turn("r-hostile-" + text.hashCode(), text))
                    .when().post("/v1/turns")
                    .then().statusCode(200).body("outcome", notNullValue());
        }
    }

    @Test
    void aSongTitleIsPlayedAsMusicBecauseTheGraphKnowsIt() {
        given().contentType(ContentType.JSON).body(turn("r-song", "帮我放个原子弹"))
                .when().post("/v1/turns")
                .then().statusCode(200)
                .body("outcome", equalTo("answered"))
                .body("intent", equalTo("music.play"))
                .body("slots[0].entityId", notNullValue())
                .body("directives[0].type", equalTo("media.play"));
    }

    @Test
    void aFactoidQuestionIsAnsweredFromTheGraph() {
        given().contentType(ContentType.JSON).body(turn("r-kbqa", "刘德华的妻子是谁"))
                .when().post("/v1/turns")
                .then().statusCode(200)
                .body("outcome", equalTo("answered"))
                .body("reply.tts", containsString("朱丽倩"));
    }

    @Test
    void readinessReportsEveryPart() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'graph' }.status", equalTo("UP"))
                .body("checks.name", hasItem("events"));
    }

    @Test
    void metricsIncludePerStageLatency() {
        given().contentType(ContentType.JSON).body(turn("r-metrics", "你好")).post("/v1/turns");
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("xiaobu_stage_latency_seconds_bucket"))
                .body(containsString("xiaobu_turns_total"));
    }

    @Test
    void theOpenApiDocumentDescribesTheTurnEndpoint() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/v1/turns"));
    }
}
