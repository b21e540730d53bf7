package io.xiaobu.dialog.stage;

import io.xiaobu.nlu.NormalizedText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The skills' list words found by sound where a speech recogniser wrote other characters. */
class SoundAlikeWordsTest {

    private final SoundAlikeWords words = SoundAlikeWords.of(List.of("蓝牙", "无线网", "手电筒", "打开", "wifi", "开"));

    @Test
    void charactersThatSoundLikeAListWordAreReadAsIt() {
        NormalizedText heard = words.respell(NormalizedText.identity("打开篮牙")).orElseThrow();
        assertThat(heard.text()).isEqualTo("打开蓝牙");
        assertThat(heard.original()).isEqualTo("打开篮牙");
        assertThat(heard.originalText(2, 4)).isEqualTo("篮牙");      // spans still point at what was said
        assertThat(words.respell(NormalizedText.identity("答开手电桶")).orElseThrow().text()).isEqualTo("打开手电筒");
    }

    @Test
    void textThatAlreadySaysTheWordsIsLeftAlone() {
        assertThat(words.respell(NormalizedText.identity("打开蓝牙"))).isEmpty();
        assertThat(words.respell(NormalizedText.identity("今天天气怎么样"))).isEmpty();
    }

    @Test
    void aSoundTwoListWordsShareSaysNeither() {
        SoundAlikeWords twins = SoundAlikeWords.of(List.of("蓝牙", "蓝雅", "无线网"));
        assertThat(twins.size()).isEqualTo(1);
        assertThat(twins.respell(NormalizedText.identity("打开篮牙"))).isEmpty();
    }

    @Test
    void oneCharacterWordsAndWordsThatAreNotChineseAreNotIndexed() {
        assertThat(words.size()).isEqualTo(4);   // 蓝牙, 无线网, 手电筒, 打开
    }

    @Test
    void oddTextIsNeverAProblem() {
        for (String odd : new String[]{"", "篮", "😀".repeat(2000), "\u0000\u0007", "１２３", "MATCH (n) DETACH DELETE n", "篮牙".repeat(5000)}) {
            assertThat(words.respell(NormalizedText.identity(odd)).map(NormalizedText::text).orElse(odd)).hasSameSizeAs(odd);
        }
        assertThat(SoundAlikeWords.none().respell(NormalizedText.identity("打开篮牙"))).isEmpty();
    }
}
