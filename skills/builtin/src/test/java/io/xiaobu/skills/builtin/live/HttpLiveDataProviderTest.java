package io.xiaobu.skills.builtin.live;

import com.sun.net.httpserver.HttpServer;
import io.xiaobu.skills.builtin.common.Models;
import io.xiaobu.skills.builtin.weather.WeatherSkill;
import io.xiaobu.skills.builtin.stock.StockSkill;
import io.xiaobu.skills.sdk.Outcome;
import io.xiaobu.skills.sdk.Skill;
import io.xiaobu.skills.sdk.runtime.SkillRuntime;
import io.xiaobu.skills.sdk.testkit.SkillTester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** The live-data client against a local server speaking the documented protocol. */
class HttpLiveDataProviderTest {

    private HttpServer server;
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v1/", exchange -> {
            String query = exchange.getRequestURI().getRawQuery() == null ? "" : URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
            seen.add(exchange.getRequestURI().getPath() + "?" + query + " auth=" + exchange.getRequestHeaders().getFirst("Authorization"));
            String body;
            int code = 200;
            if (!"Bearer k123".equals(exchange.getRequestHeaders().getFirst("Authorization"))) { code = 401; body = "{}"; }
            else if (query.contains("city=上海")) body = "{\"status\":\"ok\",\"data\":{\"city\":\"上海\",\"date\":\"2026-11-22\",\"condition\":\"小雨\",\"tempLow\":9,\"tempHigh\":14,\"wind\":\"东北风3级\"}}";
            else if (query.contains("city=火星")) body = "{\"status\":\"not_found\",\"message\":\"unknown city\"}";
            else if (query.contains("city=慢城")) { sleep(3000); body = "{}"; }
            else if (query.contains("name=贵州茅台")) body = "{\"status\":\"ok\",\"data\":{\"name\":\"贵州茅台\",\"code\":\"600519\",\"price\":1453.2,\"changePercent\":-1.25}}";
            else { code = 500; body = "oops"; }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(code, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    private static void sleep(long ms) {
        try { Thread.sleep(ms); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpLiveDataProvider provider(String key) {
        return new HttpLiveDataProvider(new LiveDataConfig(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), key, Duration.ofMillis(800)));
    }

    private SkillTester weather(LiveDataProvider p) {
        var rt = new SkillRuntime().register(new Skill(Models.load("weather"), new WeatherSkill(p, "北京")))
                .register(new Skill(Models.load("stock"), new StockSkill(p)));
        return new SkillTester(rt, null).now(ZonedDateTime.of(2026, 11, 21, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void theWeatherIsReadFromTheProviderData() {
        weather(provider("k123")).send("weather", "weather.query", "city", "上海", "date", "2026-11-22")
                .assertReplyContains("上海明天小雨，9到14度，东北风3级");
        assertThat(seen).singleElement().asString().contains("/v1/weather?city=上海&date=2026-11-22").contains("auth=Bearer k123");
    }

    @Test
    void aFallingStockIsSaidAsAFall() {
        weather(provider("k123")).send("stock", "stock.query", "stock", "贵州茅台").assertReplyContains("1453.2元，跌1.25%");
    }

    @Test
    void unknownPlacesAreNotFoundAndBrokenServicesArePoliteFailures() {
        weather(provider("k123")).send("weather", "weather.query", "city", "火星").assertReplyContains("没有查到火星").assertOutcome(Outcome.DONE);
        var broken = weather(provider("k123")).send("weather", "weather.query", "city", "广州");
        broken.assertOutcome(Outcome.FAILED).assertReplyContains("暂时连不上");
        assertThat(broken.response().failureReason()).isEqualTo("HTTP 500");
        assertThat(provider("wrong").fetch("weather", Map.of("city", "上海")).detail()).isEqualTo("HTTP 401");
    }

    @Test
    void aSlowProviderCostsNoMoreThanItsTimeout() {
        long start = System.nanoTime();
        LiveResult r = provider("k123").fetch("weather", Map.of("city", "慢城"));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.status()).isEqualTo(LiveResult.Status.FAILED);
        assertThat(r.detail()).contains("timeout");
        assertThat(ms).isLessThan(1500);
    }

    @Test
    void withoutAProviderTheSkillSaysTheServiceIsNotConnected() {
        weather(LiveDataProvider.notConnected()).send("weather", "weather.query", "city", "上海")
                .assertOutcome(Outcome.FAILED).assertReplyContains("天气服务还没有接入").assertReplyDoesNotContain("度");
    }
}
