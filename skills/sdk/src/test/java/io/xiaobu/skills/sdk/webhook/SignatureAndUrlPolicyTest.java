package io.xiaobu.skills.sdk.webhook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignatureAndUrlPolicyTest {

    private static final String SECRET = "0123456789abcdef-secret";
    private static final Instant NOW = Instant.parse("2026-11-21T01:00:00Z");
    private final SignatureVerifier verifier = new SignatureVerifier(SECRET, Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aFreshCorrectSignatureIsAccepted() {
        long ts = NOW.getEpochSecond() - 30;
        assertThat(verifier.verify(Long.toString(ts), WebhookSigner.sign(SECRET, ts, "{\"a\":1}"), "{\"a\":1}").valid()).isTrue();
    }

    @Test
    void aTamperedBodyOrWrongSecretIsRejected() {
        long ts = NOW.getEpochSecond();
        assertThat(verifier.verify(Long.toString(ts), WebhookSigner.sign(SECRET, ts, "{\"a\":1}"), "{\"a\":2}").reason()).isEqualTo("signature mismatch");
        assertThat(verifier.verify(Long.toString(ts), WebhookSigner.sign("another-secret-xyz", ts, "x"), "x").valid()).isFalse();
    }

    @Test
    void aSignatureOlderThanFiveMinutesIsRejectedEvenIfCorrect() {
        long old = NOW.getEpochSecond() - 301;
        var v = verifier.verify(Long.toString(old), WebhookSigner.sign(SECRET, old, "x"), "x");
        assertThat(v.valid()).isFalse();
        assertThat(v.reason()).contains("outside 5 minutes");
        long future = NOW.getEpochSecond() + 301;
        assertThat(verifier.verify(Long.toString(future), WebhookSigner.sign(SECRET, future, "x"), "x").valid()).isFalse();
    }

    @Test
    void missingOrGarbledHeadersAreRejected() {
        assertThat(verifier.verify(null, "v1=00", "x").valid()).isFalse();
        assertThat(verifier.verify("yesterday", "v1=00", "x").reason()).isEqualTo("bad timestamp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://localhost/hook", "https://10.1.2.3/h", "https://192.168.1.1/h",
            "https://172.16.0.9/h", "https://169.254.169.254/latest/meta-data", "https://[::1]/h", "https://[fd00::1]/h",
            "https://100.64.0.1/h", "https://0.0.0.0/h", "http://8.8.8.8/h", "https://user:pw@8.8.8.8/h", "ftp://8.8.8.8/h"})
    void privateLoopbackLinkLocalAndNonHttpsUrlsAreRefusedByDefault(String url) {
        assertThat(UrlPolicy.problem(URI.create(url), false)).isPresent();
        assertThatThrownBy(() -> new WebhookSkillHandler(WebhookConfig.of(URI.create(url), SECRET))).hasMessageContaining("refused");
    }

    @Test
    void publicHttpsAddressesAreFineAndPrivateOnesOnlyWhenConfigured() {
        assertThat(UrlPolicy.problem(URI.create("https://8.8.8.8/hook"), false)).isEmpty();
        assertThat(UrlPolicy.problem(URI.create("http://127.0.0.1:8080/hook"), true)).isEmpty();
    }

    @Test
    void theBreakerLetsOneProbeThroughAfterItsCooldown() {
        var clock = new java.util.concurrent.atomic.AtomicReference<>(NOW);
        Clock c = new Clock() {
            public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            public Clock withZone(java.time.ZoneId z) { return this; }
            public Instant instant() { return clock.get(); }
        };
        CircuitBreaker b = new CircuitBreaker(2, Duration.ofSeconds(30), c);
        b.failure();
        assertThat(b.allow()).isTrue();
        b.failure();
        assertThat(b.allow()).isFalse();
        clock.set(NOW.plusSeconds(31));
        assertThat(b.allow()).isTrue();
        assertThat(b.allow()).as("only one probe").isFalse();
        b.success();
        assertThat(b.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }
}
