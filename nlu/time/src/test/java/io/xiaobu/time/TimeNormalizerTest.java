package io.xiaobu.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xiaobu.time.MentionValue.TimeValue;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The public API and the ambiguity policy, one behaviour per test. */
class TimeNormalizerTest {

    private static final TimeNormalizer NORMALIZER = new TimeNormalizer();
    private static final ZonedDateTime MORNING = CaseFile.DEFAULT_REFERENCE;
    private static final ZonedDateTime EVENING = at("2013-02-12T20:00:00");

    private static ZonedDateTime at(String local) {
        return LocalDateTime.parse(local).atZone(CaseFile.ZONE);
    }

    private static TimeValue time(String text, ZonedDateTime ref, TimeNormalizer n) {
        List<Mention> m = n.parse(text, ref, Set.of(Dimension.TIME));
        assertThat(m).hasSize(1);
        return (TimeValue) m.get(0).value();
    }

    @Test
    void bareHourSaidInTheEveningIsTheNextOccurrenceAndIsFlaggedAmbiguous() {
        TimeValue v = time("三点", EVENING, NORMALIZER);
        assertThat(v.instant()).isEqualTo(at("2013-02-13T03:00:00"));
        assertThat(v.ambiguous()).isTrue();
        assertThat(v.alternatives()).containsExactly(at("2013-02-13T15:00:00"));
    }

    @Test
    void bareHourSaidAtDawnIsTheAfternoonOfTheSameDay() {
        TimeValue v = time("三点", MORNING, NORMALIZER);
        assertThat(v.instant()).isEqualTo(at("2013-02-12T15:00:00"));
        assertThat(v.alternatives()).containsExactly(at("2013-02-13T03:00:00"));
    }

    @Test
    void withoutPreferFutureTheReferenceDayIsKept() {
        TimeNormalizer n = new TimeNormalizer(new NormalizerOptions(false, 6, 4_000));
        assertThat(time("下午三点", EVENING, n).instant()).isEqualTo(at("2013-02-12T15:00:00"));
        assertThat(time("下午三点", EVENING, NORMALIZER).instant()).isEqualTo(at("2013-02-13T15:00:00"));
    }

    @Test
    void datedHourWithoutPartOfDayReadsOneToSixAsAfternoon() {
        TimeValue three = time("明天三点", MORNING, NORMALIZER);
        assertThat(three.instant()).isEqualTo(at("2013-02-13T15:00:00"));
        assertThat(three.alternatives()).containsExactly(at("2013-02-13T03:00:00"));
        assertThat(time("明天八点", MORNING, NORMALIZER).instant()).isEqualTo(at("2013-02-13T08:00:00"));
    }

    @Test
    void partOfDayRemovesTheAmbiguity() {
        TimeValue v = time("明天下午三点", MORNING, NORMALIZER);
        assertThat(v.ambiguous()).isFalse();
        assertThat(v.grain()).isEqualTo(Grain.HOUR);
    }

    @Test
    void normalizeSlotReturnsTheValueOfTheSlotType() {
        Mention m = NORMALIZER.normalizeSlot("sys.datetime", "明天下午三点", MORNING).orElseThrow();
        assertThat(((TimeValue) m.value()).instant()).isEqualTo(at("2013-02-13T15:00:00"));
        Mention n = NORMALIZER.normalizeSlot("sys.number", "三万五", MORNING).orElseThrow();
        assertThat(((MentionValue.NumberValue) n.value()).value()).isEqualByComparingTo("35000");
        assertThat(NORMALIZER.normalizeSlot("sys.datetime", "每天早上七点", MORNING).orElseThrow().dimension())
                .isEqualTo(Dimension.RECURRENCE);
    }

    @Test
    void normalizeSlotOfAnUnknownTypeOrNoValueIsEmpty() {
        assertThat(NORMALIZER.normalizeSlot("sys.colour", "红色", MORNING)).isEmpty();
        assertThat(NORMALIZER.normalizeSlot("sys.number", "你好", MORNING)).isEmpty();
    }

    @Test
    void aSpanRestrictsTheSearchAndOffsetsStayInTheWholeText() {
        String text = "三点开会，五点吃饭";
        List<Mention> m = NORMALIZER.parse(text, 5, 9, MORNING, Set.of(Dimension.TIME));
        assertThat(m).hasSize(1);
        assertThat(m.get(0).text()).isEqualTo("五点");
        assertThat(m.get(0).start()).isEqualTo(5);
        assertThat(m.get(0).end()).isEqualTo(7);
    }

    @Test
    void fullWidthAndTraditionalInputKeepTheirOffsetsAndText() {
        List<Mention> m = NORMALIZER.parse("明天下午３點半", MORNING);
        assertThat(m).hasSize(1);
        assertThat(m.get(0).text()).isEqualTo("明天下午３點半");
        assertThat(((TimeValue) m.get(0).value()).instant()).isEqualTo(at("2013-02-13T15:30:00"));
    }

    @Test
    void onlyTheRequestedDimensionsAreReturned() {
        List<Mention> m = NORMALIZER.parse("明天三点买五块钱的糖", MORNING, EnumSet.of(Dimension.MONEY));
        assertThat(m).extracting(Mention::dimension).containsExactly(Dimension.MONEY);
    }

    @Test
    void instantAndZoneGiveTheSameResultAsAZonedReference() {
        assertThat(NORMALIZER.parse("明天三点", MORNING.toInstant(), CaseFile.ZONE, Dimension.ALL))
                .isEqualTo(NORMALIZER.parse("明天三点", MORNING, Dimension.ALL));
    }

    @Test
    void jsonLineCarriesIsoTimesGrainsAndPlainNumbers() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        String text = "明天下午三点到五点把温度调到二十六度";
        JsonNode line = mapper.readTree(mapper.writeValueAsString(
                MentionJson.line(mapper, text, NORMALIZER.parse(text, MORNING))));
        JsonNode interval = line.get("mentions").get(0);
        assertThat(interval.get("from").asText()).isEqualTo("2013-02-13T15:00:00+08:00");
        assertThat(interval.get("to").asText()).isEqualTo("2013-02-13T17:00:00+08:00");
        JsonNode temp = line.get("mentions").get(1);
        assertThat(temp.get("value").isNumber()).isTrue();
        assertThat(temp.get("value").asInt()).isEqualTo(26);
        assertThat(temp.get("unit").asText()).isEqualTo("degree");
    }

    @Test
    void manyThreadsSharingOneNormalizerGetTheSameAnswers() throws Exception {
        List<CaseFile.Case> cases = CaseFile.load("/cases/time-cases.tsv");
        List<String> expected = new ArrayList<>();
        for (CaseFile.Case c : cases) {
            expected.add(CaseFile.describe(NORMALIZER.parse(c.text(), c.reference())));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    List<String> got = new ArrayList<>();
                    for (CaseFile.Case c : cases) {
                        got.add(CaseFile.describe(NORMALIZER.parse(c.text(), c.reference())));
                    }
                    return got;
                }));
            }
            for (Future<List<String>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
