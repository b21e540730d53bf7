package io.xiaobu.dialog.stage;

import io.xiaobu.dialog.pipeline.LinkedEntity;
import io.xiaobu.nlu.NormalizedText;
import io.xiaobu.nlu.grammar.Grammar;
import io.xiaobu.nlu.grammar.IntentGrammar;
import io.xiaobu.nlu.grammar.ListValue;
import io.xiaobu.nlu.grammar.RuleMatcher;
import io.xiaobu.nlu.grammar.SlotSpec;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** One utterance, several commands: where it is cut, and when it is left whole. */
class ChainedCommandsTest {

    private static final RuleMatcher GRAMMAR = RuleMatcher.compile(List.of(new Grammar("test", List.of(
            new IntentGrammar("system", "system.toggle", List.of("(打开|关掉){setting}", "{setting}")),
            new IntentGrammar("app", "app.launch", List.of("打开{app}")),
            new IntentGrammar("music", "music.play", List.of("播放{song}")),
            new IntentGrammar("navigation", "nav.route", List.of("导航到{destination}", "去{destination}"))),
            Map.of("setting", new SlotSpec.ListSlot(List.of(new ListValue("蓝牙", "bluetooth", List.of()),
                            new ListValue("手电筒", "flashlight", List.of()), new ListValue("wifi", "wifi", List.of()))),
                    "app", new SlotSpec.WildcardSlot(1, 8, List.of("微信")),
                    "song", new SlotSpec.WildcardSlot(1, 10, List.of("稻香")),
                    "destination", new SlotSpec.WildcardSlot(1, 10, List.of("西湖"))),
            Map.of())));

    /** The app slot holds graph entities; the song slot here is an untyped open slot. */
    private static final SlotTypeLookup TYPES = (skill, intent, slot) -> Optional.ofNullable(
            slot.equals("app") ? "kg.App" : slot.equals("destination") ? "kg.Place" : null);

    private static List<String> commands(String text, LinkedEntity... entities) {
        return ChainedCommands.split(NormalizedText.identity(text), new ChainedCommands.Reader(GRAMMAR, List.of(entities), TYPES))
                .map(cs -> cs.stream().map(c -> c.words().text() + " → " + c.match().best().orElseThrow().intent()).toList())
                .orElse(List.of());
    }

    private static LinkedEntity app(String name, int start) {
        return new LinkedEntity(name, start, start + name.length(), "app:" + name, "APP", name, 0.9, false);
    }

    @Test
    void commandsJoinedByAWordAreReadInOrder() {
        assertThat(commands("关掉wifi然后打开蓝牙")).containsExactly("关掉wifi → system.toggle", "打开蓝牙 → system.toggle");
        assertThat(commands("打开蓝牙再打开手电筒，关掉wifi")).hasSize(3);
    }

    @Test
    void aValueAloneSharesThePreviousCommandsVerbAndKeepsItsPlaceInWhatWasSaid() {
        Optional<List<ChainedCommands.Command>> chain = ChainedCommands.split(NormalizedText.identity("打开蓝牙和手电筒"),
                new ChainedCommands.Reader(GRAMMAR, List.of(), TYPES));
        assertThat(chain).isPresent();
        ChainedCommands.Command second = chain.get().get(1);
        assertThat(second.words().text()).isEqualTo("打开手电筒");
        var slot = second.match().best().orElseThrow().slots().getFirst();
        assertThat(slot.originalStart()).isEqualTo(5);                    // 手电筒 in 打开蓝牙和手电筒
        assertThat(slot.originalEnd()).isEqualTo(8);
    }

    @Test
    void aValueThatAlsoNamesTheSettingAloneStillSharesTheVerb() {
        // "wifi" alone matches too, but 关掉蓝牙和wifi means 关掉wifi
        assertThat(commands("关掉蓝牙和wifi")).containsExactly("关掉蓝牙 → system.toggle", "关掉wifi → system.toggle");
        assertThat(commands("打开蓝牙和微信", app("微信", 5))).containsExactly("打开蓝牙 → system.toggle", "打开微信 → app.launch");
    }

    @Test
    void openSlotsAreCutOnlyWhereTheGraphVouchesForTheNames() {
        assertThat(commands("打开微信和支付宝")).isEmpty();
        assertThat(commands("打开微信和支付宝", app("微信", 2), app("支付宝", 5)))
                .containsExactly("打开微信 → app.launch", "打开支付宝 → app.launch");
        assertThat(commands("播放周杰伦和蔡依林的歌")).isEmpty();
        assertThat(commands("播放稻香和晴天", app("稻香", 2), app("晴天", 5))).as("an untyped open slot is never vouched for").isEmpty();
    }

    @Test
    void besideThenACommandsClosingNameNeedsNoEntity() {
        // 天安门 may be unknown to the graph: 然后 says a new command begins, and 导航到 says a place follows
        assertThat(commands("打开蓝牙然后导航到天安门")).containsExactly("打开蓝牙 → system.toggle", "导航到天安门 → nav.route");
        assertThat(commands("打开蓝牙和导航到天安门")).as("和 may join two names").isEmpty();
        assertThat(commands("打开蓝牙然后去吃饭")).as("one word of template is too little").isEmpty();
        assertThat(commands("导航到天安门然后打开蓝牙")).containsExactly("导航到天安门 → nav.route", "打开蓝牙 → system.toggle");
        assertThat(commands("导航到天安门和打开蓝牙")).as("not beside 和").isEmpty();
    }

    @Test
    void oneCommandOrWordsTheGrammarDoesNotKnowAreNoChain() {
        assertThat(commands("打开蓝牙")).isEmpty();
        assertThat(commands("打开蓝牙和今天天气")).isEmpty();
        assertThat(commands("和和和")).isEmpty();
    }

    @Test
    void oddTextIsNeverAChainNorAnError() {
        for (String odd : new String[]{"", "和", "然后", "😀".repeat(2000), "打开蓝牙和".repeat(500), "\u0000和\u0007", "１和２"}) {
            assertThat(commands(odd)).isEmpty();
        }
    }
}
