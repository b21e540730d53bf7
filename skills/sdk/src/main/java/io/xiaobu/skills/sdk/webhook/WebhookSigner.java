package io.xiaobu.skills.sdk.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Signs webhook bodies: {@code X-Xiaobu-Signature: v1=<hex HMAC-SHA256(secret, timestamp + "." + body)>}
 * with {@code X-Xiaobu-Timestamp: <unix seconds>}.
 */
public final class WebhookSigner {

    public static final String TIMESTAMP_HEADER = "X-Xiaobu-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Xiaobu-Signature";
    public static final String VERSION = "v1=";

    private WebhookSigner() {
    }

    public static String sign(String secret, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return VERSION + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
