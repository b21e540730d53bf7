package io.xiaobu.dialog.api;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TurnRequestValidatorTest {

    private final TurnRequestValidator validator = new TurnRequestValidator(256);

    private static TurnRequest request(String text, String zone, String timestamp, Double confidence) {
        return new TurnRequest("r1", "u1", "d1", null, timestamp, zone,
                new TurnRequest.Device(DeviceType.PHONE, "zh-CN", List.of("screen")),
                new TurnRequest.Asr(text, confidence, null, 1200, 18.0, "silence"), Map.of());
    }

    private List<String> fields(TurnRequest r) {
        return validator.validate(r).stream().map(FieldError::field).toList();
    }

    @Test
    void aCompleteRequestHasNoErrors() {
        assertThat(validator.validate(request("打开蓝牙", "Asia/Shanghai", "2026-11-21T08:30:00+08:00", 0.9))).isEmpty();
    }

    @Test
    void eachMistakeNamesItsField() {
        assertThat(fields(request("", null, null, null))).containsExactly("asr.text");
        assertThat(fields(request("你好", "Mars/Olympus", null, null))).containsExactly("timezone");
        assertThat(fields(request("你好", null, "yesterday", null))).containsExactly("timestamp");
        assertThat(fields(request("你好", null, null, 1.5))).containsExactly("asr.confidence");
        assertThat(fields(new TurnRequest(null, "", "d", null, null, null, null, null, null)))
                .containsExactly("requestId", "userId", "device", "asr");
    }

    @Test
    void lengthIsCountedInCharactersNotUtf16Units() {
        assertThat(validator.validate(request("😀".repeat(256), null, null, null))).isEmpty();
        assertThat(fields(request("😀".repeat(257), null, null, null))).containsExactly("asr.text");
    }

    @Test
    void controlCharactersInIdsAreRefused() {
        var r = new TurnRequest("r\u0000", "u", "d", null, null, null,
                new TurnRequest.Device(DeviceType.TV, null, null), new TurnRequest.Asr("你好", null, null, null, null, null), null);
        assertThat(fields(r)).containsExactly("requestId");
    }
}
