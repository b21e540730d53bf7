package io.xiaobu.nlu.grammar;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumberRecognizerTest {

    private final PhoneNumberRecognizer phone = new PhoneNumberRecognizer();

    private String read(String text, int start) {
        List<SlotRecognizer.Candidate> c = phone.recognize(text, start);
        return c.isEmpty() ? null : text.substring(start, c.getFirst().end()) + "=" + c.getFirst().normalized();
    }

    @Test
    void digitsAsTypedOrSaidAreAPhoneNumber() {
        assertThat(read("拨打10086", 2)).isEqualTo("10086=10086");
        assertThat(read("打138-0013-8000给我", 1)).isEqualTo("138-0013-8000=13800138000");
        assertThat(read("+86 138 0013 8000", 0)).isEqualTo("+86 138 0013 8000=+8613800138000");
        assertThat(read("拨幺三八零零幺三八零零零", 1)).isEqualTo("幺三八零零幺三八零零零=13800138000");
        assertThat(read("打一一零", 1)).isEqualTo("一一零=110");
    }

    @Test
    void wordsPlaceValueNumeralsAndTooShortOrLongRunsAreNot() {
        assertThat(read("打个谜语", 1)).isNull();
        assertThat(read("打开一下微信", 1)).isNull();
        assertThat(read("拨打一百二十", 2)).isNull(); // 一百二十 is a quantity, not digits read one by one
        assertThat(read("拨12", 1)).isNull();
        assertThat(read("拨1234567890123456", 1)).isNull();
        assertThat(read("拨- 10086", 1)).isNull();
    }

    @Test
    void oddInputNeverThrows() {
        assertThat(phone.recognize(null, 0)).isEmpty();
        assertThat(phone.recognize("", 0)).isEmpty();
        assertThat(phone.recognize("123", 7)).isEmpty();
        assertThat(phone.recognize("+", 0)).isEmpty();
        assertThat(phone.recognize("1-", 0)).isEmpty();
        assertThat(phone.recognize("😀😀😀", 0)).isEmpty();
    }
}
