package io.xiaobu.dialog.stage;

import io.xiaobu.dialog.api.TurnRequest;
import io.xiaobu.dialog.session.SessionState;
import io.xiaobu.dialog.session.SessionStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InputRejectorTest {

    private final InputRejector rejector = new InputRejector(InputRejector.Settings.defaults());
    private final SessionState session = new SessionStore(SessionStore.Settings.defaults()).open("s", "u");

    private static TurnRequest.Asr asr(String text, Double confidence) {
        return new TurnRequest.Asr(text, confidence, null, null, null, null);
    }

    @Test
    void punctuationEmojiAndSpacesAreNotWords() {
        assertThat(rejector.check(asr("。。。 😀😀 ！", 0.9), session)).get()
                .extracting(InputRejector.Rejection::reason).asString().contains("no words");
    }

    @Test
    void fillerSoundsAloneAreRejected() {
        assertThat(rejector.check(asr("嗯……啊", 0.9), session)).isPresent();
    }

    @Test
    void aRecogniserUnsureOfItselfIsRejected() {
        assertThat(rejector.check(asr("打开空调", 0.12), session)).get()
                .extracting(InputRejector.Rejection::reason).asString().contains("0.12");
    }

    @Test
    void theAssistantHearingItsOwnReplyIsRejectedAsEcho() {
        session.remember(new SessionState.PastTurn(Instant.now(), "明天天气", "明天北京晴，气温五到十五度。", "weather", "weather.query", List.of()));
        assertThat(rejector.check(asr("明天北京晴气温五到十五度", 0.9), session)).get()
                .extracting(InputRejector.Rejection::reason).asString().contains("echo");
    }

    @Test
    void anOrdinaryCommandIsAccepted() {
        assertThat(rejector.check(asr("打开蓝牙", 0.92), session)).isEmpty();
        assertThat(rejector.check(asr("打开蓝牙", null), session)).isEmpty();
    }
}
