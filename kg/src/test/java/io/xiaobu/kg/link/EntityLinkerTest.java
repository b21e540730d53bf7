package io.xiaobu.kg.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.xiaobu.kg.imports.StarterGraph;
import io.xiaobu.kg.model.Entity;
import io.xiaobu.kg.model.EntityType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Entity linking over the starter graph (plus two songs the tests need), without a database. */
class EntityLinkerTest {

    static EntityLinker linker;

    @BeforeAll
    static void buildIndex() {
        AliasIndex.Builder b = AliasIndex.builder(LinkerConfig.defaults());
        StarterGraph.load().entities().forEach(b::add);
        b.add(new Entity("song:笑面人生", "笑面人生", EntityType.SONG, List.of(), 0.3, Map.of()));
        b.add(new Entity("song:拥抱你离去", "拥抱你离去", EntityType.SONG, List.of(), 0.3, Map.of()));
        b.add(new Entity("song:感到幸福你就拍拍手", "感到幸福你就拍拍手", EntityType.SONG, List.of(), 0.3, Map.of()));
        b.add(new Entity("song:没有你的陪伴我好孤单", "没有你的陪伴我好孤单", EntityType.SONG, List.of(), 0.3, Map.of()));
        b.add(new Entity("song:大话西游之爱你一万年", "大话西游之爱你一万年", EntityType.SONG, List.of(), 0.3, Map.of()));
        b.add(new Entity("song:爱你一万年", "爱你一万年", EntityType.SONG, List.of(), 0.3, Map.of()));
        b.add(new Entity("thing:我们的小世界", "我们的小世界", EntityType.THING, List.of(), 0.1, Map.of()));
        b.add(new Entity("song:我们的虚拟世界", "我们的虚拟世界", EntityType.SONG, List.of(), 0.3, Map.of()));
        b.add(new Entity("song:今天是个好日子", "今天是个好日子", EntityType.SONG, List.of(), 0.3, Map.of()));
        linker = new EntityLinker(b.build());
    }

    private static Optional<EntityLink> linkOf(String text, String mention) {
        return linker.link(text).links().stream().filter(l -> l.mention().equals(mention)).findFirst();
    }

    @Test
    void aSongTitleInAPlayRequestLinksToTheSong() {
        EntityLink l = linkOf("帮我放个原子弹", "原子弹").orElseThrow();
        assertThat(l.type()).isEqualTo(EntityType.SONG);
        assertThat(l.entityId()).isEqualTo("song:原子弹");
        assertThat(l.kind()).isEqualTo(MatchKind.NAME);
    }

    @Test
    void singerAndSongInOneUtteranceAreBothLinked() {
        List<EntityLink> links = linker.link("播放周杰伦的稻香").links();
        assertThat(links).extracting(EntityLink::name).containsExactly("周杰伦", "稻香");
        assertThat(links).extracting(EntityLink::start).containsExactly(2, 6);
    }

    @Test
    void anAsrMisspelledSingerLinksByNearHomophone() {
        EntityLink l = linkOf("播放英文文的体面", "英文文").orElseThrow();
        assertThat(l.name()).isEqualTo("于文文");
        assertThat(l.kind()).isEqualTo(MatchKind.NEAR_HOMOPHONE);
        // pinyin "ying wen wen" vs "yu wen wen": the odd syllable shares its initial
        assertThat(linkOf("来一首英文文的歌", "英文文")).map(EntityLink::name).contains("于文文");
    }

    @Test
    void anAsrMisspelledSongLinksWhenTheContextIsMusic() {
        assertThat(linkOf("我要听笑脸人声", "笑脸人声")).map(EntityLink::name).contains("笑面人生");
        assertThat(linkOf("笑脸人声", "笑脸人声")).isEmpty();
    }

    @Test
    void twoSwappedSyllablesOfASingerLinkWithMusicContext() {
        EntityLink l = linkOf("我想听周伦杰的稻香", "周伦杰").orElseThrow();
        assertThat(l.name()).isEqualTo("周杰伦");
        assertThat(l.kind()).isEqualTo(MatchKind.TRANSPOSED);
    }

    @Test
    void anInsertedSyllableInATitleStillLinks() {
        EntityLink l = linkOf("我要听拥抱你的离去", "拥抱你的离去").orElseThrow();
        assertThat(l.name()).isEqualTo("拥抱你离去");
        assertThat(l.kind()).isEqualTo(MatchKind.APPROXIMATE);
    }

    @Test
    void aLongPartOfATitleLinksToTheWholeTitle() {
        assertThat(linkOf("幸福就拍拍手", "幸福就拍拍手")).map(EntityLink::name).contains("感到幸福你就拍拍手");
        assertThat(linkOf("我想听没有你的陪伴", "没有你的陪伴")).map(EntityLink::name).contains("没有你的陪伴我好孤单");
    }

    @Test
    void aGarbledLongTitleBeatsTheShorterTitleInsideIt() {
        // 大话 dropped, 记 inserted, 只 for 之: the exact 爱你一万年 inside it is only part of what was said
        EntityLink l = linkOf("我要听西游记只爱你一万年", "西游记只爱你一万年").orElseThrow();
        assertThat(l.name()).isEqualTo("大话西游之爱你一万年");
    }

    @Test
    void aNameSaidExactlyIsNotReplacedByAnApproximateMatchOfTheSameWords() {
        // 我们的虚拟世界 is a song and "这首歌" is a music cue, but 我们的小世界 was said letter for letter
        assertThat(linkOf("知道我们的小世界这首歌吗", "我们的小世界")).map(EntityLink::name).contains("我们的小世界");
    }

    @Test
    void everydayWordsThatShareAFewSyllablesWithATitleStayUnlinked() {
        assertThat(linker.link("今天天气怎么样").links()).isEmpty();
        assertThat(linker.link("今天是星期几").links()).isEmpty();
        assertThat(linker.link("我想听个好日子的故事").links()).extracting(EntityLink::name).doesNotContain("今天是个好日子");
    }

    @Test
    void theApproximateSearchCanBeSwitchedOff() {
        AliasIndex.Builder b = AliasIndex.builder(LinkerConfig.defaults().withApproximate(LinkerConfig.Approximate.off()));
        b.add(new Entity("song:感到幸福你就拍拍手", "感到幸福你就拍拍手", EntityType.SONG, List.of(), 0.3, Map.of()));
        EntityLinker off = new EntityLinker(b.build());
        assertThat(off.index().approximateAliasCount()).isZero();
        assertThat(off.link("幸福就拍拍手").links()).isEmpty();
    }

    @Test
    void aHomophoneWithOtherCharactersLinks() {
        // 青花瓷 written with the homophone 磁
        assertThat(linkOf("我想听青花磁", "青花磁")).map(EntityLink::name).contains("青花瓷");
    }

    @Test
    void nestedAliasesAreAllReportedAndTheLongestWinsTheSelection() {
        LinkResult r = linker.link("打开网易云音乐");
        assertThat(r.mentions()).extracting(EntityLink::mention).contains("网易云", "网易云音乐");
        assertThat(r.links()).extracting(EntityLink::name).containsExactly("网易云音乐");
    }

    @Test
    void aTitleThatIsBothSongAndFilmIsAmbiguousWithoutContext() {
        EntityLink l = linkOf("放甜蜜蜜", "甜蜜蜜").orElseThrow();
        assertThat(l.ambiguous()).isTrue();
        assertThat(l.couldBe(EntityType.SONG)).isTrue();
        assertThat(l.couldBe(EntityType.FILM)).isTrue();
    }

    @Test
    void contextWordsDisambiguateSongFromFilm() {
        assertThat(linkOf("我想看电影甜蜜蜜", "甜蜜蜜").orElseThrow().type()).isEqualTo(EntityType.FILM);
        assertThat(linkOf("我想听歌甜蜜蜜", "甜蜜蜜").orElseThrow().type()).isEqualTo(EntityType.SONG);
    }

    @Test
    void expectedTypesFromCandidateIntentsTipTheBalance() {
        EntityLink l = linker.link("甜蜜蜜", Set.of(EntityType.FILM)).links().get(0);
        assertThat(l.type()).isEqualTo(EntityType.FILM);
        assertThat(l.ambiguous()).isFalse();
    }

    @Test
    void fullWidthAndUpperCaseAliasesMatchWithOriginalOffsets() {
        EntityLink l = linkOf("打开ＱＱ音乐", "ＱＱ音乐").orElseThrow();
        assertThat(l.name()).isEqualTo("QQ音乐");
        assertThat(l.start()).isEqualTo(2);
        assertThat(l.end()).isEqualTo(6);
    }

    @Test
    void typeTagsMarkEachCharacterOfTheSelectedLinks() {
        assertThat(linker.link("播放周杰伦的稻香").typeTags())
                .containsExactly("O", "O", "B-PER", "I-PER", "I-PER", "O", "B-SONG", "I-SONG");
    }

    @Test
    void everyLinkHasAScoreAndAlternativesScoreLower() {
        for (EntityLink l : linker.link("我想听周杰伦的晴天然后打开微信").links()) {
            assertThat(l.score()).isPositive();
            l.alternatives().forEach(a -> assertThat(a.score()).isLessThanOrEqualTo(l.score()));
        }
    }

    @Test
    void badInputNeverThrowsAndLinksNothingOdd() {
        assertThat(linker.link(null).links()).isEmpty();
        assertThat(linker.link("").links()).isEmpty();
        assertThat(linker.link("😀".repeat(500)).links()).isEmpty();
        assertThat(linker.link("\u0000\u0001\u0002").links()).isEmpty();
        assertThat(linker.link("周".repeat(100_000)).links()).isEmpty();
        assertThat(linker.link("MATCH (n) DETACH DELETE n; 播放稻香").links()).extracting(EntityLink::name).contains("稻香");
        assertThat(linker.link("１２３４５６").links()).isEmpty();
    }

    @Test
    void aSlotsTwoCharacterWordsAreFoundBySoundAmongTheExpectedType() {
        EntityLink l = linker.soundsLike("为信", Set.of(EntityType.APP)).orElseThrow();   // 打开为信: ASR wrote 为信 for 微信
        assertThat(l.name()).isEqualTo("微信");
        assertThat(l.kind()).isEqualTo(MatchKind.HOMOPHONE);
        assertThat(l.mention()).isEqualTo("为信");
        assertThat(linker.soundsLike("淘保", Set.of(EntityType.APP))).map(EntityLink::name).contains("淘宝");
        assertThat(linker.soundsLike("道香", Set.of(EntityType.SONG))).map(EntityLink::name).contains("稻香");
    }

    @Test
    void soundsLikeKeepsToTheExpectedTypesAndToWholeWords() {
        assertThat(linker.soundsLike("为信", Set.of(EntityType.SONG))).isEmpty();
        assertThat(linker.soundsLike("微信", Set.of(EntityType.APP))).isEmpty();          // the name itself is link's
        assertThat(linker.soundsLike("打开为信", Set.of(EntityType.APP))).isEmpty();       // all of the words, not a part
        // in free text two characters are too short to be a name by sound alone
        assertThat(linker.link("打开为信").links()).extracting(EntityLink::name).doesNotContain("微信");
    }

    @Test
    void soundsLikeNeverThrowsOnOddWords() {
        for (String odd : new String[]{null, "", "为", "😀😀", "\u0000\u0007", "１２", "ab", "为".repeat(10_000)}) {
            assertThat(linker.soundsLike(odd, Set.of(EntityType.APP))).isEmpty();
        }
    }
}
