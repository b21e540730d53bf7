package io.xiaobu.nlu.model;

import io.xiaobu.nlu.Slot;
import io.xiaobu.nlu.data.NluExample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

class SlotTransitionsTest {

    private static final List<String> TAGS = List.of("O", "B-startCity", "I-startCity", "B-endCity", "I-endCity");

    /** Train tickets as the annotators wrote them: one span per city, never two cities back to back. */
    private static List<NluExample> trainTickets() {
        List<NluExample> out = new ArrayList<>();
        String[][] pairs = {{"烟台", "北京"}, {"上海", "齐齐哈尔"}, {"西安", "成都"}, {"广州", "乌鲁木齐"}, {"南京", "杭州"}};
        for (String[] p : pairs) {
            String text = p[0] + "到" + p[1] + "的火车票";
            List<Slot> slots = List.of(new Slot("startCity", p[0], null, 0, p[0].length(), null),
                    new Slot("endCity", p[1], null, p[0].length() + 1, p[0].length() + 1 + p[1].length(), null));
            out.add(new NluExample(p[0] + p[1], p[0] + p[1], text, "train", "train.QUERY", slots, "", null, null, null));
        }
        return out;
    }

    private static double[] dist(String tag, double p) {
        double[] d = new double[TAGS.size()];
        java.util.Arrays.fill(d, (1 - p) / (TAGS.size() - 1));
        d[TAGS.indexOf(tag)] = p;
        return d;
    }

    /** 烟台到齐齐哈尔: the tagger hesitates at 哈 between going on and opening a second city. */
    private static double[][] hesitantTagger() {
        double[] hesitant = {0.02, 0.01, 0.01, 0.50, 0.46};
        return new double[][]{dist("B-startCity", 0.9), dist("I-startCity", 0.9), dist("O", 0.9),
                dist("B-endCity", 0.9), dist("I-endCity", 0.9), hesitant, dist("I-endCity", 0.9)};
    }

    @Test
    void withoutTransitionsAHesitantTaggerCutsOneCityInTwo() {
        assertThat(BioViterbi.decode("烟台到齐齐哈尔", hesitantTagger(), TAGS, null, null))
                .extracting(Slot::name, Slot::value)
                .containsExactly(tuple("startCity", "烟台"), tuple("endCity", "齐齐"), tuple("endCity", "哈尔"));
    }

    @Test
    void transitionsCountedOnTheTrainingDataKeepTheCityWhole() {
        double[][] scores = SlotTransitions.count(trainTickets(), TAGS, SlotTransitions.DEFAULT_WEIGHT, "test").scores();
        assertThat(BioViterbi.decode("烟台到齐齐哈尔", hesitantTagger(), TAGS, null, scores))
                .extracting(Slot::name, Slot::value)
                .containsExactly(tuple("startCity", "烟台"), tuple("endCity", "齐齐哈尔"));
    }

    @Test
    void aConfidentTaggerIsNotOverruled() {
        // two cities back to back were never seen, but the tagger is sure of them
        double[][] sure = {dist("B-startCity", 0.99), dist("I-startCity", 0.99), dist("B-endCity", 0.99), dist("I-endCity", 0.99)};
        double[][] scores = SlotTransitions.count(trainTickets(), TAGS, SlotTransitions.DEFAULT_WEIGHT, "test").scores();
        assertThat(BioViterbi.decode("烟台北京", sure, TAGS, null, scores))
                .extracting(Slot::name, Slot::value)
                .containsExactly(tuple("startCity", "烟台"), tuple("endCity", "北京"));
    }

    @Test
    void unseenPairsScoreBelowZeroAndThePairsOfEveryTextAbove() {
        SlotTransitions t = SlotTransitions.count(trainTickets(), TAGS, 1, "test");
        double[][] s = t.scores();
        int o = 0, bStart = 1, iStart = 2, bEnd = 3, iEnd = 4, start = TAGS.size();
        assertThat(s[iEnd][bEnd]).as("a second end city right behind one").isNegative();
        assertThat(s[iStart][bEnd]).as("the end city right behind the start city").isNegative();
        assertThat(s[o][bEnd]).as("到 then the end city").isPositive();
        assertThat(s[start][bStart]).as("texts start with the start city").isPositive();
        assertThat(s[bEnd][iEnd]).isPositive();
        assertThat(t.withWeight(0).scores()[iEnd][bEnd]).isZero();
        assertThat(t.facts()).containsEntry("texts", 5);
    }

    @Test
    void utterancesWithoutAnIntentTeachNothing() {
        NluExample chat = new NluExample("c", "c", "你好呀", null, null, List.of(), "", null, true, null);
        assertThat(SlotTransitions.count(List.of(chat), TAGS, 1, "test").counts()).isEmpty();
    }

    @Test
    void savedAndLoadedAgainTheyScoreTheSame(@TempDir Path dir) throws Exception {
        SlotTransitions t = SlotTransitions.count(trainTickets(), TAGS, 0.3, "test");
        t.save(dir);
        SlotTransitions back = SlotTransitions.loadIfPresent(dir);
        assertThat(back).isEqualTo(t);
        assertThat(back.scores()).isDeepEqualTo(t.scores());
        assertThat(SlotTransitions.loadIfPresent(dir.resolve("none"))).isNull();
    }

    @Test
    void aWeightOutsideTheRangeIsRefused() {
        SlotTransitions t = SlotTransitions.count(trainTickets(), TAGS, 0.3, "test");
        assertThatThrownBy(() -> t.withWeight(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.withWeight(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
