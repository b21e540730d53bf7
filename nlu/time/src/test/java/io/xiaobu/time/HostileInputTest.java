package io.xiaobu.time;

import io.xiaobu.time.parse.ChineseNumerals;
import io.xiaobu.time.parse.Scanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Bad input never throws and never hangs; the internal scanner is called directly so that a bug cannot hide. */
class HostileInputTest {

    private static final TimeNormalizer NORMALIZER = new TimeNormalizer();
    private static final Scanner SCANNER = new Scanner(NormalizerOptions.DEFAULTS);
    private static final Duration LIMIT = Duration.ofSeconds(2);

    static Stream<String> hostile() {
        return Stream.of(
                "1".repeat(10_000),
                "一".repeat(10_000),
                "九百九十九亿".repeat(2_000),
                "一百万亿亿亿亿亿亿亿亿亿亿亿万万万万千千百百十十",
                "第零零零天",
                "第" + "零".repeat(5_000) + "天",
                "负负负负负负五",
                "点点点点点点点点点点",
                "1.1.1.1.1.1.1.1.1.1.1.1",
                "::::::12:::34:::",
                "每每每每每每每每每每天",
                "下下下下下下下下周三",
                "三点到三点到三点到三点到三点到三点到三点",
                "😀".repeat(3_000) + "明天三点" + "🎉".repeat(3_000),
                "\u0000\u0001\u0002明天\u0007三点\u001b[31m半",
                "\uD800\uDC00\uD800 三点 \uDC00",
                "MATCH (n) DETACH DELETE n; 明天八点",
                "'; DROP TABLE users; -- 五块钱",
                "２０２６年１２月３１日　下午３点",
                "兩點半 明天下午參點",
                "農曆八月十五",
                "99999999999999999999999999999999999999999999999999年",
                "2月30号",
                "13月45号",
                "25点61分",
                "百分之",
                "零下",
                "第",
                "每",
                "差",
                "农历十三月三十",
                "大年初九十九",
                "一百万年后",
                "999999年前提醒我",
                "999999天后的下午三点",
                "每隔999个月",
                "每1000小时",
                "9999年12月31日晚上十二点",
                "第99999999999999999999个",
                "",
                " ",
                "\n\t\r");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileInputNeitherThrowsNorHangs(String text) {
        assertTimeoutPreemptively(LIMIT, () -> {
            char[] s = text.toCharArray();
            SCANNER.scan(s, 0, s.length, CaseFile.DEFAULT_REFERENCE, Dimension.ALL);
            assertThat(NORMALIZER.parse(text, CaseFile.DEFAULT_REFERENCE)).isNotNull();
        });
    }

    @Test
    void tenThousandDigitsGiveNoValue() {
        assertThat(NORMALIZER.parse("1".repeat(10_000), CaseFile.DEFAULT_REFERENCE)).isEmpty();
        assertThat(ChineseNumerals.parse("一".repeat(10_000))).isNull();
    }

    @Test
    void zeroPaddedOrdinalIsAClearPartialValue() {
        List<Mention> m = NORMALIZER.parse("第零零零天", CaseFile.DEFAULT_REFERENCE);
        assertThat(m).extracting(Mention::dimension).containsExactly(Dimension.ORDINAL);
        assertThat(((MentionValue.NumberValue) m.get(0).value()).value()).isZero();
    }

    @Test
    void impossibleDatesGiveNoTime() {
        assertThat(NORMALIZER.parse("2月30号", CaseFile.DEFAULT_REFERENCE, java.util.Set.of(Dimension.TIME))).isEmpty();
    }

    @Test
    void nullAndEmptyInputGiveNothing() {
        assertThat(NORMALIZER.parse(null, CaseFile.DEFAULT_REFERENCE)).isEmpty();
        assertThat(NORMALIZER.parse("", CaseFile.DEFAULT_REFERENCE)).isEmpty();
        assertThat(NORMALIZER.parse("明天", null)).isEmpty();
        assertThat(NORMALIZER.normalizeSlot(null, null, null)).isEmpty();
    }

    @Test
    void twoThousandRandomStringsOfTriggerCharactersNeitherThrowNorHang() {
        String alphabet = "0123456789零一二三四五六七八九十百千万亿两点半刻分秒钟时号日月年周星期礼拜天每隔工作日到至-~:."
                + "第负%度块元毛角米升后前以之过再差今明昨去下上这本个小时早晚凌晨中午农历腊正初大除夕春节😀\u0000 ";
        Random random = new Random(42);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(40);
            for (int j = 0; j < n; j++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(b.toString());
        }
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (String t : texts) {
                char[] s = t.toCharArray();
                SCANNER.scan(s, 0, s.length, CaseFile.DEFAULT_REFERENCE, Dimension.ALL);
            }
        });
    }
}
