package io.xiaobu.skills.sdk.runtime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class YesNoTest {

    @ParameterizedTest
    @CsvSource({"是,YES", "是的,YES", "好的！,YES", "确定,YES", "嗯,YES", "没问题,YES", "不,NO", "不是,NO", "算了,NO",
            "取消,NO", "别删,NO", "不要,NO", "今天天气怎么样,UNKNOWN", "'',UNKNOWN", "😀😀,UNKNOWN"})
    void shortAnswersAreClassified(String text, YesNo.Answer expected) {
        assertThat(YesNo.classify(text)).isEqualTo(expected);
    }
}
