package io.xiaobu.skills.sdk.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;

/**
 * Receiver side of the webhook signature: a skill server uses it to accept only calls signed with
 * its secret and no older (or further in the future) than {@code maxAge} (5 minutes by default).
 */
public final class SignatureVerifier {

    /** The verdict, with a reason when refused. */
    public record Verdict(boolean valid, String reason) {
    }

    public static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(5);
    private final WebhookSigner signer;
    private final Duration maxAge;
    private final Clock clock;

    public SignatureVerifier(String secret, Duration maxAge, Clock clock) {
        this.signer = new WebhookSigner(secret);
        this.maxAge = maxAge;
        this.clock = clock;
    }

    public SignatureVerifier(String secret) {
        this(secret, DEFAULT_MAX_AGE, Clock.systemUTC());
    }

    public Verdict verify(String timestampHeader, String signatureHeader, String body) {
        return verify(timestampHeader, signatureHeader, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /** As {@link #verify(String, String, String)} on the raw request body, saving a decode and re-encode. */
    public Verdict verify(String timestampHeader, String signatureHeader, byte[] body) {
        if (timestampHeader == null || signatureHeader == null || body == null) return new Verdict(false, "missing signature headers");
        long ts;
        try {
            ts = Long.parseLong(timestampHeader.strip());
        } catch (NumberFormatException e) {
            return new Verdict(false, "bad timestamp");
        }
        long age = clock.instant().getEpochSecond() - ts;
        if (Math.abs(age) > maxAge.toSeconds()) return new Verdict(false, "timestamp outside " + maxAge.toMinutes() + " minutes (age " + age + " s)");
        String expected = signer.sign(ts, body);
        boolean same = MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), signatureHeader.strip().getBytes(StandardCharsets.UTF_8));
        return same ? new Verdict(true, null) : new Verdict(false, "signature mismatch");
    }
}
