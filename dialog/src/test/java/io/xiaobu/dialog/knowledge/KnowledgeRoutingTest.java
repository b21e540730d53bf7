package io.xiaobu.dialog.knowledge;

import io.xiaobu.dialog.pipeline.LinkedEntity;
import io.xiaobu.kg.KnowledgeGraph;
import io.xiaobu.kg.link.LinkerConfig;
import io.xiaobu.nlu.Slot;
import io.xiaobu.nlu.Understanding;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** "帮我放个原子弹": the graph decides whether the words are a song, a film or an app. */
class KnowledgeRoutingTest {

    private static final Map<String, String> TYPES = Map.of(
            "music.play/song", "kg.Song", "video.play/film", "kg.Film", "app.launch/app", "kg.App");

    /** The linker a fresh service has: the project's starter graph. */
    private static final io.xiaobu.kg.link.EntityLinker STARTER_LINKER = KnowledgeGraph.starterGraphLinker(LinkerConfig.defaults());
    private static final GraphLinker STARTER = new GraphLinker(() -> STARTER_LINKER);

    private final KnowledgeRouting routing = new KnowledgeRouting(
            (skill, intent, slot) -> Optional.ofNullable(TYPES.get(intent + "/" + slot)), KnowledgeRouting.Settings.defaults(), STARTER);

    private static Understanding hypothesis(String intent, String slot, int start, int end, String words) {
        return new Understanding(intent.split("\\.")[0], intent, List.of(new Slot(slot, words, words, start, end, null)),
                0.42, "rule", "tied");
    }

    private static LinkedEntity entity(String mention, int start, int end, String type) {
        return new LinkedEntity(mention, start, end, type.toLowerCase() + ":" + mention, type, mention, 0.9, false);
    }

    @Test
    void aSongTitleConfirmsMusicAndDemotesVideo() {
        // 帮我放个原子弹: the open slot took 个 with the title
        List<Understanding> routed = routing.route(List.of(
                hypothesis("music.play", "song", 3, 7, "个原子弹"),
                hypothesis("video.play", "film", 3, 7, "个原子弹")), List.of(entity("原子弹", 4, 7, "SONG")));
        assertThat(routed.get(0).confidence()).isGreaterThan(0.9);
        assertThat(routed.get(0).slots().get(0)).satisfies(s -> {
            assertThat(s.value()).isEqualTo("原子弹");
            assertThat(s.entityId()).isEqualTo("song:原子弹");
            assertThat(s.start()).isEqualTo(4);
        });
        assertThat(routed.get(1).confidence()).isLessThan(0.25);
        assertThat(routed.get(1).explanation()).contains("not kg.Film");
    }

    @Test
    void wordsTheGraphDoesNotKnowLeaveTheHypothesisAsItWas() {
        Understanding h = hypothesis("app.launch", "app", 2, 5, "拼多多");
        assertThat(routing.route(List.of(h), List.of(entity("微信", 8, 10, "APP")))).containsExactly(h);
    }

    @Test
    void aPersonsNameInsideATitleOrAGenericThingDoesNotDemoteTheRequest() {
        // 我想听小白杨: 白杨 is also a person; 我要听蒲公英: 蒲公英 is also a KBQA subject; neither says "not a song"
        Understanding song = hypothesis("music.play", "song", 3, 6, "小白杨");
        assertThat(routing.route(List.of(song), List.of(entity("白杨", 4, 6, "PERSON"))).get(0).confidence()).isEqualTo(0.42);
        Understanding thing = hypothesis("music.play", "song", 3, 6, "蒲公英");
        assertThat(routing.route(List.of(thing), List.of(entity("蒲公英", 3, 6, "THING"))).get(0).confidence()).isEqualTo(0.42);
    }

    @Test
    void anEntityCoveringTooLittleOfTheSlotDoesNotSpeakForIt() {
        Understanding h = hypothesis("music.play", "song", 0, 8, "周杰伦的歌和雨天");
        assertThat(routing.route(List.of(h), List.of(entity("周杰伦", 0, 3, "PERSON"))).get(0).confidence()).isEqualTo(0.42);
    }

    @Test
    void anAppNameMisheardAsOtherWordsIsTheAppItSoundsLike() {
        // 打开为信: no entity is called 为信, but the app slot's words sound exactly like 微信
        Understanding misheard = hypothesis("app.launch", "app", 2, 4, "为信");
        Understanding routed = routing.route(List.of(misheard), List.of()).get(0);
        assertThat(routed.slots().get(0)).satisfies(s -> {
            assertThat(s.value()).isEqualTo("为信");
            assertThat(s.normalized()).isEqualTo("微信");
            assertThat(s.entityId()).isNotNull();
            assertThat(s.start()).isEqualTo(2);
        });
        assertThat(routed.confidence()).isGreaterThan(0.42);
        assertThat(routed.explanation()).contains("为信 sounds like APP 微信");
    }

    @Test
    void wordsThatAreAnotherKindOfThingButSoundLikeTheExpectedOneAreNotHeldAgainstIt() {
        // 打开威信: 威信 is a county, and it sounds like the app 微信 that 打开 asks for
        Understanding h = hypothesis("app.launch", "app", 2, 4, "威信");
        Understanding routed = routing.route(List.of(h), List.of(entity("威信", 2, 4, "PLACE"))).get(0);
        assertThat(routed.slots().get(0).normalized()).isEqualTo("微信");
        assertThat(routed.confidence()).isGreaterThan(0.42);
    }

    @Test
    void wordsThatSoundLikeNothingOfTheExpectedTypeStayAsSaid() {
        Understanding h = hypothesis("music.play", "song", 2, 4, "为信");   // no song sounds like wei xin
        assertThat(routing.route(List.of(h), List.of())).containsExactly(h);
    }
}
