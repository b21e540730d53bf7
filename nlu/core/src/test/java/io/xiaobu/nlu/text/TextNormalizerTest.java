package io.xiaobu.nlu.text;

import io.xiaobu.nlu.NormalizedText;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static io.xiaobu.nlu.text.FilterAssertions.assertLossless;
import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {

    private final TextNormalizer normalizer = TextNormalizer.standard();

    @Test
    void aNoisySpokenCommandBecomesPlainSimplifiedText() {
        NormalizedText t = normalizer.normalize("嗯，那個，幫我打開 ＷｉＦｉ 吧！😀");
        assertThat(t.text()).isEqualTo("帮我打开wifi吧");
        assertLossless(t);
    }

    @Test
    void everyNormalisedSpanMapsBackToTheOriginalWords() {
        String original = "呃 打開 ＷｉＦｉ";
        NormalizedText t = normalizer.normalize(original);
        assertThat(t.text()).isEqualTo("打开wifi");
        int start = t.text().indexOf("wifi");
        assertThat(t.originalText(start, start + 4)).isEqualTo("ＷｉＦｉ");
        assertThat(t.originalText(0, 2)).isEqualTo("打開");
    }

    @Test
    void theAssistantsNameBeforeARequestIsNoPartOfIt() {
        NormalizedText t = normalizer.normalize("小布小布 现在几点");
        assertThat(t.text()).isEqualTo("现在几点");
        assertThat(t.originalText(0, 2)).isEqualTo("现在");
        assertThat(normalizer.normalize("小布，打开微信").text()).isEqualTo("打开微信");
        assertThat(normalizer.normalize("小布帮我开灯").text()).isEqualTo("帮我开灯");
        assertThat(normalizer.normalize("嗯小布小布你叫什么名字").text()).isEqualTo("你叫什么名字");
        // said to the assistant by name, or only calling it: kept
        assertThat(normalizer.normalize("小布真好").text()).isEqualTo("小布真好");
        assertThat(normalizer.normalize("小布你好").text()).isEqualTo("小布你好");
        assertThat(normalizer.normalize("小布小布").text()).isEqualTo("小布小布");
        assertThat(normalizer.normalize("播放小布小布").text()).isEqualTo("播放小布小布");
    }

    @Test
    void fullWidthDigitsAreFoldedAndChineseNumeralsKept() {
        assertThat(normalizer.normalize("音量調到５０，亮度调到五十").text()).isEqualTo("音量调到50亮度调到五十");
    }

    @Test
    void mixedChineseAndEnglishKeepsWordBoundariesOnlyBetweenLatinWords() {
        assertThat(normalizer.normalize("播放 Taylor Swift 的 Love Story").text()).isEqualTo("播放taylor swift的love story");
    }

    @Test
    void surrogatePairsSurviveAndMapToBothHalves() {
        NormalizedText t = normalizer.normalize("𠀀𠀁好");
        assertThat(t.text()).isEqualTo("𠀀𠀁好");
        assertThat(t.originalText(0, 2)).isEqualTo("𠀀");
        assertThat(t.originalText(2, 5)).isEqualTo("𠀁好");
        assertLossless(t);
    }

    @Test
    void aFiveThousandCharInputIsNormalisedLosslessly() {
        StringBuilder b = new StringBuilder();
        while (b.length() < 5000) b.append("打開ＷｉＦｉ，嗯😀 ");
        NormalizedText t = normalizer.normalize(b.toString());
        assertThat(t.text()).startsWith("打开wifi打开wifi");
        assertThat(t.text()).doesNotContain("嗯", "😀", "，");
        assertLossless(t);
    }

    @Test
    void inputsLongerThanTheLimitAreCutButStayLossless() {
        TextNormalizer small = new TextNormalizer(TextNormalizer.standard().filters(), 10);
        NormalizedText t = small.normalize("一二三四五六七八九十百千万");
        assertThat(t.text()).isEqualTo("一二三四五六七八九十");
        assertThat(t.original()).hasSize(13);
        assertLossless(t);
    }

    @Test
    void badInputNeverThrows() {
        assertThat(normalizer.normalize(null).text()).isEmpty();
        assertThat(normalizer.normalize("").text()).isEmpty();
        assertThat(normalizer.normalize("   ").text()).isEmpty();
        assertThat(normalizer.normalize("😀".repeat(2000)).text()).isEmpty();
        assertThat(normalizer.normalize("\u0000\u0001\u001F").text()).isEmpty();
        assertThat(normalizer.normalize("1234567890").text()).isEqualTo("1234567890");
        assertThat(normalizer.normalize("MATCH (n) DETACH DELETE n; DROP TABLE x;--").text())
                .isEqualTo("match n detach delete n drop table x");
    }

    @Test
    void randomStringsNeverThrowAndStayLossless() {
        Random r = new Random(42);
        for (int i = 0; i < 2000; i++) {
            int len = r.nextInt(40);
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < len; k++) {
                int kind = r.nextInt(4);
                char c = switch (kind) {
                    case 0 -> (char) r.nextInt(0x80);
                    case 1 -> (char) (0x4E00 + r.nextInt(0x5200));
                    case 2 -> (char) (0xD800 + r.nextInt(0x800));
                    default -> (char) r.nextInt(0x10000);
                };
                b.append(c);
            }
            NormalizedText t = normalizer.normalize(b.toString());
            assertLossless(t);
        }
    }

    @Test
    void templateNormalizationKeepsFillersAndSpaces() {
        assertThat(TextNormalizer.forTemplates().normalize("打開那個 App").text()).isEqualTo("打开那个 app");
    }
}
