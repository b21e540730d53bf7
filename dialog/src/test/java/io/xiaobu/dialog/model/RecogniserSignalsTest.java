package io.xiaobu.dialog.model;

import io.xiaobu.dialog.api.TurnRequest;
import io.xiaobu.nlu.model.AsrSignals;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RecogniserSignalsTest {

    private static TurnRequest.Asr asr(String text, Double confidence, Integer audioMs, Double snr, String... nbest) {
        return new TurnRequest.Asr(text, confidence,
                java.util.Arrays.stream(nbest).map(t -> new TurnRequest.NBest(t, null)).toList(), audioMs, snr, null);
    }

    @Test
    void whatTheDeviceSentBecomesTheRejectHeadsInput() {
        AsrSignals s = RecogniserSignals.of(asr("导航到西湖", 0.92, 1800, 21.5, "导航到西湖", "导航到西湖", "导航到西虎"));
        assertThat(s.confidence()).isCloseTo(0.92f, within(1e-6f));
        assertThat(s.audioSeconds()).isCloseTo(1.8f, within(1e-6f));
        assertThat(s.snrDb()).isCloseTo(21.5f, within(1e-6f));
        // the first n-best entry is the 1-best itself; the others agree 5/5 and 4/5
        assertThat(s.nbestAgreement()).isCloseTo(0.9f, within(1e-6f));
    }

    @Test
    void alternativesThatDisagreeLowerTheAgreement() {
        AsrSignals s = RecogniserSignals.of(asr("你吃饭了没", null, null, null, "你吃饭了没", "怒吃放了", "哦"));
        assertThat(s.nbestAgreement()).isLessThan(0.4f);
    }

    @Test
    void signalsTheDeviceDidNotSendStayAbsent() {
        AsrSignals s = RecogniserSignals.of(asr("打开空调", null, null, null));
        assertThat(s.features()).containsOnly(0f);
        assertThat(RecogniserSignals.of(null)).isEqualTo(AsrSignals.NONE);
        assertThat(RecogniserSignals.of(new TurnRequest.Asr("打开空调", 7.0, List.of(), null, null, null)).confidence()).isEqualTo(1f);
    }

    @Test
    void editDistanceCountsCharacterEdits() {
        assertThat(RecogniserSignals.editDistance("导航到西湖", "导航到西虎")).isEqualTo(1);
        assertThat(RecogniserSignals.editDistance("", "西湖")).isEqualTo(2);
        assertThat(RecogniserSignals.editDistance("西湖", "西湖")).isZero();
    }
}
