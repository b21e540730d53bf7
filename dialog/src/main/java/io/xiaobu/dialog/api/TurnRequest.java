package io.xiaobu.dialog.api;

import java.util.List;
import java.util.Map;

/**
 * What a device sends for one voice turn: who, on which device, in which session, what the
 * recogniser heard (with its own signals) and what the device knows about its situation.
 *
 * @param requestId unique per turn; devices retry with the same id and get the same answer
 * @param sessionId optional: the service starts a session when it is absent
 * @param timestamp ISO-8601 instant or offset date-time of the utterance; optional (server time)
 * @param timezone  IANA zone of the user, e.g. {@code Asia/Shanghai}; optional
 * @param context   free-form device context: foreground app, what is playing, shared contacts …
 */
public record TurnRequest(String requestId, String userId, String deviceId, String sessionId,
                          String timestamp, String timezone, Device device, Asr asr,
                          Map<String, Object> context) {

    public TurnRequest {
        context = context == null ? Map.of() : context;
    }

    /** The device: its type, locale and what it can do ({@code screen}, {@code flashlight} …). */
    public record Device(DeviceType type, String locale, List<String> capabilities) {
        public Device {
            capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
        }
    }

    /** The recogniser's output: 1-best text and, when known, its signals. */
    public record Asr(String text, Double confidence, List<NBest> nbest, Integer audioMs, Double snrDb,
                      String endpointReason) {
        public Asr {
            nbest = nbest == null ? List.of() : List.copyOf(nbest);
        }
    }

    /** One alternative recognition with its score. */
    public record NBest(String text, Double score) {
    }
}
