package io.xiaobu.nlu.model;

import io.xiaobu.nlu.Slot;
import io.xiaobu.nlu.data.NluExample;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContextInputTest {

    @Test
    void thePreviousTurnsTailComesFirstThenTheSeparatorThenTheUtterance() {
        assertThat(ContextInput.combine("帮我导航去深圳", "取消", 4)).isEqualTo("航去深圳\u241E取消");
        assertThat(ContextInput.combine("", "播放成都", 4)).isEqualTo("\u241E播放成都");
        assertThat(ContextInput.combine(null, null, 4)).isEqualTo("\u241E");
        assertThat(ContextInput.offset("帮我导航去深圳", 4)).isEqualTo(5);
    }

    @Test
    void slotsMoveOntoTheCombinedTextAndBack() {
        NluExample e = new NluExample("1", "s", "播放成都", "music", "music.play",
                List.of(new Slot("song", "成都", null, 2, 4, null)), "来首歌", null, null, null);
        NluExample c = ContextInput.withContext(e, 8);
        assertThat(c.text()).isEqualTo("来首歌\u241E播放成都");
        Slot s = c.slots().get(0);
        assertThat(c.text().substring(s.start(), s.end())).isEqualTo("成都");
        assertThat(ContextInput.onUtterance(c.slots(), ContextInput.offset("来首歌", 8)))
                .extracting(Slot::start, Slot::end).containsExactly(org.assertj.core.groups.Tuple.tuple(2, 4));
    }

    @Test
    void aSlotFoundInThePreviousTurnIsNotASlotOfTheUtterance() {
        List<Slot> predicted = List.of(new Slot("destination", "深圳", null, 0, 2, null), new Slot("song", "成都", null, 5, 7, null));
        assertThat(ContextInput.onUtterance(predicted, 3)).extracting(Slot::name).containsExactly("song");
    }
}
