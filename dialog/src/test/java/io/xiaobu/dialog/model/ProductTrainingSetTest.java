package io.xiaobu.dialog.model;

import io.xiaobu.dialog.skills.SkillCatalog;
import io.xiaobu.nlu.Slot;
import io.xiaobu.nlu.data.NluExample;
import io.xiaobu.skills.builtin.BuiltinServices;
import io.xiaobu.skills.builtin.BuiltinSkills;
import io.xiaobu.skills.sdk.Skill;
import io.xiaobu.time.TimeNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ProductTrainingSetTest {

    @TempDir
    static Path work;

    static SkillCatalog catalog;
    static List<Skill> skills;

    private static final ProductTrainingSet.Options SMALL = new ProductTrainingSet.Options(4, 100, 10, 50, 0.1, 7L);

    @BeforeAll
    static void skills() {
        catalog = new SkillCatalog(new BuiltinSkills(BuiltinServices.defaults(work.resolve("users"))).runtime(),
                new TimeNormalizer(), List.of());
        skills = catalog.runtime().skills().stream().sorted(Comparator.comparing(Skill::id)).toList();
    }

    private static List<NluExample> all(ProductTrainingSet set) {
        List<NluExample> all = new ArrayList<>(set.train());
        all.addAll(set.dev());
        return all;
    }

    @Test
    void withoutPublicDataEverySkillIntentIsLearnedFromItsOwnSamplesBesideTheProjectsPersonalStatements() throws Exception {
        ProductTrainingSet set = ProductTrainingSet.build(work.resolve("no-data"), skills, catalog.recognizers(), SMALL, s -> { });
        Set<String> labels = all(set).stream().map(NluExample::intent).collect(Collectors.toSet());
        for (Skill s : skills) {
            for (var intent : s.model().intents()) {
                if (!intent.samples().isEmpty()) assertThat(labels).contains(s.id() + "/" + intent.name());
            }
        }
        assertThat(set.dev()).isNotEmpty();
        assertThat(labels).contains(ProductLabels.CHAT, ProductLabels.QA);
        assertThat(all(set)).anyMatch(e -> e.text().matches(".+的.+是谁") && e.intent().equals(ProductLabels.QA));
        for (NluExample e : all(set)) {
            if (ProductTrainingSet.source(e).equals("personal")) { // the project's own statements for memory: chat
                assertThat(e.intent()).isEqualTo(ProductLabels.CHAT);
                assertThat(e.chat()).isTrue();
                continue;
            }
            if (ProductTrainingSet.source(e).equals("questions")) { // the project's questions about people: for the graph
                assertThat(e.intent()).isEqualTo(ProductLabels.QA);
                assertThat(e.chat()).isFalse();
                continue;
            }
            assertThat(ProductTrainingSet.source(e)).isEqualTo("skill");
            assertThat(e.domain()).isEqualTo(e.intent().substring(0, e.intent().indexOf('/')));
            assertThat(e.chat()).isFalse();
            for (Slot slot : e.slots()) assertThat(e.text().substring(slot.start(), slot.end())).isEqualTo(slot.value());
        }
    }

    @Test
    void publicUtterancesGetTheProductIntentAndSlotNamesAndLendTheirValuesToSkillSamples() throws Exception {
        Path smp = work.resolve("data/nlu/smp-ecdt");
        Files.createDirectories(smp);
        Files.writeString(smp.resolve("train.jsonl"), """
                {"domain": "music", "intent": "PLAY", "text": "播放毛不易的消愁", "slots": {"artist": "毛不易", "song": "消愁"}}
                {"domain": "cookbook", "intent": "QUERY", "text": "红烧肉怎么做", "slots": {"dishName": "红烧肉"}}
                {"domain": "music", "intent": "PLAY", "text": "来一首薛之谦的演员", "slots": {"artist": "薛之谦", "song": "演员"}}
                """);
        Files.writeString(smp.resolve("dev.jsonl"), """
                {"domain": "weather", "intent": "QUERY", "text": "上海明天下雨吗", "slots": {"city": "上海", "subfocus": "雨"}}
                """);
        ProductTrainingSet set = ProductTrainingSet.build(work.resolve("data"), skills, catalog.recognizers(), SMALL, s -> { });

        NluExample music = set.train().stream().filter(e -> e.text().equals("播放毛不易的消愁")).findFirst().orElseThrow();
        assertThat(music.intent()).isEqualTo("media/music.play");
        assertThat(music.domain()).isEqualTo("media");
        assertThat(music.slots()).extracting(Slot::name, Slot::value, Slot::start)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("singer", "毛不易", 2),
                        org.assertj.core.groups.Tuple.tuple("song", "消愁", 6));
        NluExample cooking = set.train().stream().filter(e -> e.text().equals("红烧肉怎么做")).findFirst().orElseThrow();
        assertThat(cooking.intent()).isEqualTo("qa");
        assertThat(cooking.slots()).isEmpty();
        NluExample weather = set.dev().stream().filter(e -> e.text().equals("上海明天下雨吗")).findFirst().orElseThrow();
        assertThat(weather.intent()).isEqualTo("weather/weather.query");
        assertThat(weather.slots()).extracting(Slot::name).containsExactly("city");
        assertThat(ProductTrainingSet.source(weather)).isEqualTo("smp");

        assertThat(all(set).stream().filter(e -> ProductTrainingSet.source(e).equals("skill"))
                .anyMatch(e -> e.slots().stream().anyMatch(s -> s.value().equals("毛不易") || s.value().equals("薛之谦"))))
                .as("a skill template filled with a singer from the public data").isTrue();
    }

    @Test
    void catsluTurnsTeachOnlyTheRejectHeadAndEveryOtherUtteranceIsDeviceDirected() throws Exception {
        Path catslu = work.resolve("reject-data/nlu/catslu-map");
        Files.createDirectories(catslu);
        StringBuilder dialogues = new StringBuilder("[");
        for (int d = 0; d < 40; d++) {
            if (d > 0) dialogues.append(',');
            dialogues.append("""
                    [{"manual_transcript": "导航到西湖", "asr_1best": "导航到西湖", "semantic": [["inform", "终点名称", "西湖"]]},
                     {"manual_transcript": "(side)(noise)", "asr_1best": "你吃饭了没", "semantic": []}]""");
        }
        Files.writeString(catslu.resolve("train.json"), dialogues.append(']').toString());
        ProductTrainingSet set = ProductTrainingSet.build(work.resolve("reject-data"), skills, catalog.recognizers(), SMALL, s -> { });

        List<NluExample> turns = all(set).stream().filter(e -> ProductTrainingSet.source(e).equals("catslu")).toList();
        assertThat(turns).hasSize(80);
        assertThat(set.dev()).anyMatch(e -> ProductTrainingSet.source(e).equals("catslu"));
        for (NluExample t : turns) {
            assertThat(t.intent()).as("map-domain acts are not product intents").isNull();
            assertThat(t.slots()).isEmpty();
            assertThat(t.reject()).isEqualTo(t.text().equals("你吃饭了没"));
            assertThat(t.asr().confidence()).as("simulated recogniser signals").isNotNaN();
        }
        assertThat(all(set).stream().filter(e -> !ProductTrainingSet.source(e).equals("catslu")))
                .isNotEmpty().allMatch(e -> Boolean.FALSE.equals(e.reject()));
    }
}
