package io.xiaobu.nlu.model;

import io.xiaobu.nlu.Slot;
import io.xiaobu.nlu.data.NluExample;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SlotValueSwapTest {

    private static NluExample play(String singer, String song) {
        String text = "播放" + singer + "的" + song;
        return new NluExample(text, text, text, "music", "music.play",
                List.of(new Slot("singer", singer, null, 2, 2 + singer.length(), null),
                        new Slot("song", song, null, 3 + singer.length(), text.length(), null)),
                "", null, null, null);
    }

    private static NluExample weather(String city) {
        String text = city + "天气";
        return new NluExample(text, text, text, "weather", "weather.query",
                List.of(new Slot("city", city, null, 0, city.length(), null)), "", null, null, null);
    }

    @Test
    void slotValuesAreReplacedByValuesOfTheSameIntentAndSlotWithSpansMoved() {
        SlotValueSwap swap = SlotValueSwap.of(List.of(play("周杰伦", "稻香"), play("林俊杰", "江南"), play("王菲", "红豆"), weather("北京")));
        Set<String> seen = new HashSet<>();
        Random rnd = new Random(1);
        for (int i = 0; i < 200; i++) {
            NluExample e = swap.swap(play("周杰伦", "稻香"), rnd);
            seen.add(e.text());
            assertThat(e.intent()).isEqualTo("music.play");
            for (Slot s : e.slots()) assertThat(e.text().substring(s.start(), s.end())).isEqualTo(s.value());
            assertThat(e.slots()).extracting(Slot::name).containsExactly("singer", "song");
            assertThat(e.slots().get(0).value()).isIn("周杰伦", "林俊杰", "王菲");
            assertThat(e.slots().get(1).value()).isIn("稻香", "江南", "红豆");
            assertThat(e.text()).startsWith("播放").contains("的");
        }
        assertThat(seen).contains("播放林俊杰的江南", "播放王菲的稻香").hasSizeGreaterThan(5);
    }

    @Test
    void aSlotWithOneKnownValueAndAnUtteranceWithoutSlotsStayAsTheyAre() {
        SlotValueSwap swap = SlotValueSwap.of(List.of(play("周杰伦", "稻香"), weather("北京")));
        NluExample w = weather("北京");
        assertThat(swap.swap(w, new Random(3))).isSameAs(w);
        NluExample none = new NluExample("x", "x", "你好", null, "chat", List.of(), "", null, true, null);
        assertThat(swap.swap(none, new Random(3))).isSameAs(none);
    }

    @Test
    void valuesDoNotCrossIntents() {
        // "北京" is a weather city; the navigation intent's city slot has only its own values
        NluExample nav1 = new NluExample("n1", "n1", "导航去上海", null, "nav", List.of(new Slot("city", "上海", null, 3, 5, null)), "", null, null, null);
        NluExample nav2 = new NluExample("n2", "n2", "导航去深圳", null, "nav", List.of(new Slot("city", "深圳", null, 3, 5, null)), "", null, null, null);
        SlotValueSwap swap = SlotValueSwap.of(List.of(nav1, nav2, weather("北京"), weather("杭州")));
        Random rnd = new Random(5);
        for (int i = 0; i < 50; i++) assertThat(swap.swap(nav1, rnd).slots().get(0).value()).isIn("上海", "深圳");
    }
}
