package io.xiaobu.nlu.data;

import io.xiaobu.nlu.Slot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatasetReadersTest {

    static Path fixture(String name) {
        try {
            return Path.of(DatasetReadersTest.class.getResource("/nlu/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Slot slot(String name, String value, int start, int end) {
        return new Slot(name, value, null, start, end, null);
    }

    @Test
    void smpEcdtQualifiesTheIntentWithTheDomainAndPlacesSlotValues() throws IOException {
        List<NluExample> ex = new SmpEcdtReader().read(fixture("smp.jsonl"));
        assertThat(ex).hasSize(4);
        NluExample weather = ex.get(0);
        assertThat(weather.text()).isEqualTo("明天上海天气怎么样");
        assertThat(weather.domain()).isEqualTo("weather");
        assertThat(weather.intent()).isEqualTo("weather.QUERY");
        assertThat(weather.slots()).containsExactly(slot("datetime_date", "明天", 0, 2), slot("location_city", "上海", 2, 4));
        assertThat(weather.chat()).isFalse();
    }

    @Test
    void smpEcdtChatDomainWithoutIntentIsChitChat() throws IOException {
        NluExample chat = new SmpEcdtReader().read(fixture("smp.jsonl")).get(2);
        assertThat(chat.intent()).isEqualTo("chat");
        assertThat(chat.chat()).isTrue();
        assertThat(chat.slots()).isEmpty();
    }

    @Test
    void smp2017DomainDoublesAsTheIntent() throws IOException {
        List<NluExample> ex = new Smp2017Reader().read(fixture("smp2017.jsonl"));
        assertThat(ex).extracting(NluExample::intent).containsExactly("app", "chat", "train");
        assertThat(ex).extracting(NluExample::chat).containsExactly(false, true, false);
    }

    @Test
    void caisBioesTagsBecomeSlotSpansAndASpaceTokenKeepsItsPlace() throws IOException {
        List<NluExample> ex = new CaisReader().read(fixture("cais.train"));
        assertThat(ex).hasSize(3);
        assertThat(ex.get(0).text()).isEqualTo("我要听林俊杰的歌");
        assertThat(ex.get(0).intent()).isEqualTo("PlayMusic");
        assertThat(ex.get(0).slots()).containsExactly(slot("singer_name", "林俊杰", 3, 6));
        assertThat(ex.get(1).text()).isEqualTo("放首 夜曲");
        assertThat(ex.get(1).slots()).containsExactly(slot("song_name", "夜曲", 3, 5));
        assertThat(ex.get(2).intent()).isEqualTo("Pause");
    }

    @Test
    void caisSingleTagSpanIsOneSlot() {
        assertThat(CaisReader.bioesToSlots("去北京", List.of("O", "S-city", "O"))).containsExactly(slot("city", "北", 1, 2));
        assertThat(CaisReader.bioesToSlots("去北京", List.of("O", "B-city", "E-city"))).containsExactly(slot("city", "北京", 1, 3));
        assertThat(CaisReader.bioesToSlots("去京", List.of("O", "S-city"))).containsExactly(slot("city", "京", 1, 2));
    }

    @Test
    void nlpccTaggedColumnGivesSlotsAndEachTurnSeesThePreviousOneOfItsSession() throws IOException {
        List<NluExample> ex = new Nlpcc2018Reader().read(fixture("nlpcc.txt"));
        assertThat(ex).hasSize(4);
        assertThat(ex.get(0).slots()).containsExactly(slot("singer", "周华健", 3, 6), slot("song", "朋友", 7, 9));
        assertThat(ex.get(0).domain()).isEqualTo("music");
        assertThat(ex.get(0).previousText()).isEmpty();
        assertThat(ex.get(1).previousText()).isEqualTo("来一首周华健的朋友");
        assertThat(ex.get(2).previousText()).as("a new session starts without context").isEmpty();
        assertThat(ex.get(3).intent()).isEqualTo("OTHERS");
        assertThat(ex.get(3).group()).isEqualTo("2002");
    }

    @Test
    void catsluTurnWithOnlyMarkersIsRejectedAndTheModelSeesTheAsrText() throws IOException {
        List<NluExample> ex = new CatsluReader().read(fixture("catslu.json"));
        assertThat(ex).hasSize(4);
        assertThat(ex).extracting(NluExample::reject).containsExactly(false, true, false, true);
        assertThat(ex.get(1).text()).isEqualTo("你吃了吗");
        assertThat(ex.get(1).intent()).isEqualTo("reject");
        assertThat(ex.get(3).text()).as("asr 'null' means nothing was recognised").isEmpty();
        assertThat(ex.get(0).intent()).isEqualTo("inform");
        assertThat(ex.get(0).slots()).containsExactly(slot("操作", "导航", 0, 2), slot("终点名称", "人民广场", 3, 7));
    }

    @Test
    void catsluSlotValueTheRecogniserLostIsDropped() throws IOException {
        NluExample deny = new CatsluReader().read(fixture("catslu.json")).get(2);
        assertThat(deny.intent()).isEqualTo("deny");
        assertThat(deny.slots()).isEmpty();
        assertThat(deny.previousText()).isEqualTo("你吃了吗");
    }

    @Test
    void catsluRecogniserSignalsAreSimulatedDeterministically() throws IOException {
        List<NluExample> a = new CatsluReader().read(fixture("catslu.json"));
        List<NluExample> b = new CatsluReader().read(fixture("catslu.json"));
        assertThat(a.get(0).asr()).isEqualTo(b.get(0).asr());
        assertThat(a.get(0).asr().confidence()).isBetween(0f, 1f);
        assertThat(Float.isNaN(a.get(0).asr().snrDb())).as("SNR is not derivable from the data").isTrue();
    }

    @Test
    void characterErrorRateIsEditDistanceOverTheLongerString() {
        assertThat(RecogniserSignalSimulator.cer("导航到西湖", "导航到西湖")).isZero();
        assertThat(RecogniserSignalSimulator.cer("导航到西湖", "导航到西")).isEqualTo(0.2);
        assertThat(RecogniserSignalSimulator.cer("", "你好")).isEqualTo(1.0);
    }

    @Test
    void markersAreStrippedFromTranscripts() {
        assertThat(CatsluReader.stripMarkers("(side)(dialect)")).isEmpty();
        assertThat(CatsluReader.stripMarkers("退出(unknown)")).isEqualTo("退出");
    }

    @Test
    void entityLexiconTagsTheLongestMatch() {
        EntityLexicon lex = new EntityLexicon(java.util.Map.of("周杰伦", "singer", "晴天", "song", "周杰", "city"), 2);
        assertThat(lex.tag("放周杰伦的晴天")).containsExactly(null, "singer", "singer", "singer", null, "song", "song");
        assertThat(lex.tag("")).isEmpty();
    }

    @Test
    void aModelIsFedOnlyTheLexiconTypesItWasTrainedWith(@org.junit.jupiter.api.io.TempDir Path data) throws IOException {
        Path singers = data.resolve("nlu/nlpcc2018-task4/slot-dictionaries/singer.txt");
        Path stars = data.resolve("kg/person-relations/star_person_names.txt");
        Path apps = data.resolve("kg/app-names/open-autoglm_apps.tsv");
        for (Path p : List.of(singers, stars, apps)) java.nio.file.Files.createDirectories(p.getParent());
        java.nio.file.Files.writeString(singers, "周杰伦\n");
        java.nio.file.Files.writeString(stars, "周杰伦\n刘德华\n");
        java.nio.file.Files.writeString(apps, "dict\tapp_name\tpackage_or_bundle\nAPP_PACKAGES\t微信\tcom.tencent.mm\n");

        assertThat(EntityLexicon.load(data).tag("刘德华的歌")).as("the default: dataset dictionaries only").containsOnlyNulls();
        EntityLexicon all = EntityLexicon.load(data, EntityLexicon.knownTypes());
        assertThat(all.tag("放周杰伦")).containsExactly(null, "singer", "singer", "singer"); // the dataset dictionary wins
        assertThat(all.tag("刘德华的歌")).startsWith("person", "person", "person");
        assertThat(all.tag("打开微信")).containsExactly(null, null, "app", "app");
        assertThat(EntityLexicon.knownTypes()).contains("singer", "person", "app", "idiom", "poem", "animal", "food");

        // a model trained before the broad lists existed keeps getting exactly its old tags
        EntityLexicon old = EntityLexicon.load(data, List.of("city", "singer", "song"));
        assertThat(old.tag("刘德华的歌")).containsOnlyNulls();
        assertThat(old.tag("打开微信")).containsOnlyNulls();
        assertThat(old.types()).containsExactly("city", "singer", "song");
    }

    @Test
    void holdOutKeepsEverySessionOnOneSide() throws IOException {
        List<NluExample> all = new Nlpcc2018Reader().read(fixture("nlpcc.txt"));
        List<NluExample> dev = Splits.holdOut(all, 0.5, true), train = Splits.holdOut(all, 0.5, false);
        assertThat(dev.size() + train.size()).isEqualTo(all.size());
        assertThat(dev.stream().map(NluExample::group)).doesNotContainAnyElementsOf(train.stream().map(NluExample::group).toList());
    }

    @Test
    void malformedLineIsReportedWithItsLineNumber(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"text\":\"好\",\"domain\":\"chat\"}\n{oops\n");
        assertThatThrownBy(() -> new Smp2017Reader().read(bad)).isInstanceOf(IOException.class).hasMessageContaining(":2:");
    }
}
