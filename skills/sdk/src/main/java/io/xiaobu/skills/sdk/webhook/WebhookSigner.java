package io.xiaobu.skills.sdk.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Signs webhook bodies: {@code X-Xiaobu-Signature: v1=<hex HMAC-SHA256(secret, timestamp + "." + body)>}
 * with {@code X-Xiaobu-Timestamp: <unix seconds>}. An instance keeps one initialised {@link Mac} per
 * thread for its secret, so signing does no provider lookup or key setup per call; the static
 * {@link #sign(String, long, String)} does both every time and is for one-off use.
 */
public final class WebhookSigner {

    public static final String TIMESTAMP_HEADER = "X-Xiaobu-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Xiaobu-Signature";
    public static final String VERSION = "v1=";
    private static final HexFormat HEX = HexFormat.of();

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> mac;

    public WebhookSigner(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.mac = ThreadLocal.withInitial(() -> newMac(key));
        mac.get(); // fail fast when HmacSHA256 is missing, and load the provider before the first call
    }

    /** The signature header value for {@code body} (UTF-8 bytes) sent at {@code timestampSeconds}. */
    public String sign(long timestampSeconds, byte[] body) {
        Mac m = mac.get();
        m.update(Long.toString(timestampSeconds).getBytes(StandardCharsets.US_ASCII));
        m.update((byte) '.');
        return VERSION + HEX.formatHex(m.doFinal(body)); // doFinal also resets the Mac for the next call
    }

    public static String sign(String secret, long timestampSeconds, String body) {
        return new WebhookSigner(secret).sign(timestampSeconds, body.getBytes(StandardCharsets.UTF_8));
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(key);
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
