package io.xiaobu.nlu.model;

import io.xiaobu.nlu.Slot;
import io.xiaobu.nlu.data.NluExample;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The dialog state the model reads before an utterance: the domain of the session's last task turn. */
class DialogStateTest {

    private static NluExample turn(String session, String text, String intent, Slot... slots) {
        return new NluExample(text, session, text, intent.contains(".") ? intent.substring(0, intent.indexOf('.')) : intent,
                intent, List.of(slots), "", null, null, null);
    }

    @Test
    void smallTalkDoesNotEndTheTaskAndANewSessionStartsWithout() {
        List<NluExample> gold = List.of(
                turn("s1", "你给打电话", "phone_call.make_a_phone_call"),
                turn("s1", "谢谢了", "OTHERS"),
                turn("s1", "曹杨", "phone_call.make_a_phone_call", new Slot("contact_name", "曹杨", null, 0, 2, null)),
                turn("s2", "新天地", "navigation.navigation", new Slot("destination", "新天地", null, 0, 3, null)));
        List<NluExample> read = DialogState.fromGold(gold, "OTHERS");
        assertThat(read).extracting(NluExample::previousText).containsExactly("none", "phone_call", "phone_call", "none");
        NluExample name = read.get(2);
        assertThat(name.text()).isEqualTo("phone_call" + ContextInput.SEPARATOR + "曹杨");
        // the slot moves with the utterance, so that it still covers 曹杨
        Slot slot = name.slots().getFirst();
        assertThat(name.text().substring(slot.start(), slot.end())).isEqualTo("曹杨");
    }

    @Test
    void anUtteranceWithoutASessionStartsWithoutAState() {
        List<NluExample> read = DialogState.fromGold(List.of(turn(null, "导航去深圳", "navigation.navigation"),
                turn(null, "曹杨", "OTHERS")), "OTHERS");
        assertThat(read).extracting(NluExample::previousText).containsExactly("none", "none");
    }

    @Test
    void theStateFollowsTheLastTaskDomain() {
        assertThat(DialogState.after(DialogState.NONE, "music", "OTHERS")).isEqualTo("music");
        assertThat(DialogState.after("music", "OTHERS", "OTHERS")).isEqualTo("music");
        assertThat(DialogState.after("music", "navigation", "OTHERS")).isEqualTo("navigation");
        assertThat(DialogState.after("music", null, "OTHERS")).isEqualTo("music");
    }
}
