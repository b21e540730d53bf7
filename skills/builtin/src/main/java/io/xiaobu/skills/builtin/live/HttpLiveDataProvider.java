package io.xiaobu.skills.builtin.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The live-data protocol over HTTP: {@code GET <base>/v1/<service>?<query>} with a bearer key;
 * the answer is {@code {"status":"ok","data":{…}}} or {@code {"status":"not_found","message":…}}.
 */
public final class HttpLiveDataProvider implements LiveDataProvider {

    private static final Pattern SERVICE = Pattern.compile("[a-z][a-z0-9_]{0,31}");
    private static final int MAX_BODY_CHARS = 1_000_000;
    private final LiveDataConfig config;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public HttpLiveDataProvider(LiveDataConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public LiveResult fetch(String service, Map<String, String> query) {
        if (service == null || !SERVICE.matcher(service).matches()) return new LiveResult(LiveResult.Status.FAILED, null, "bad service name");
        StringJoiner qs = new StringJoiner("&");
        new TreeMap<>(query).forEach((k, v) -> {
            if (k != null && v != null && !v.isBlank()) qs.add(enc(k) + "=" + enc(v));
        });
        String base = config.baseUrl().toString().replaceAll("/+$", "");
        URI uri = URI.create(base + "/v1/" + service + (qs.length() == 0 ? "" : "?" + qs));
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(config.timeout()).header("Accept", "application/json")
                .header("Authorization", "Bearer " + config.apiKey()).GET().build();
        try {
            HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (resp.statusCode() == 404) return new LiveResult(LiveResult.Status.NOT_FOUND, null, "HTTP 404");
            if (resp.statusCode() != 200) return new LiveResult(LiveResult.Status.FAILED, null, "HTTP " + resp.statusCode());
            if (resp.body().length() > MAX_BODY_CHARS) return new LiveResult(LiveResult.Status.FAILED, null, "response too large");
            JsonNode body = json.readTree(resp.body());
            String status = body.path("status").asText("");
            if ("not_found".equals(status)) return new LiveResult(LiveResult.Status.NOT_FOUND, null, body.path("message").asText(null));
            if (!"ok".equals(status) || !body.path("data").isObject()) return new LiveResult(LiveResult.Status.FAILED, null, "malformed response");
            return new LiveResult(LiveResult.Status.OK, body.get("data"), null);
        } catch (HttpTimeoutException e) {
            return new LiveResult(LiveResult.Status.FAILED, null, "timeout after " + config.timeout().toMillis() + " ms");
        } catch (IOException e) {
            return new LiveResult(LiveResult.Status.FAILED, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new LiveResult(LiveResult.Status.FAILED, null, "interrupted");
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
