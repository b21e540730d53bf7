package io.xiaobu.chat.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The safety data built from the project's own lists only (an empty data dir): split by term, labelled as written. */
class SafetyDatasetTest {

    private static final SafetyLexicon PROJECT_LISTS = SafetyLexicon.load(null);

    @Test
    void noHeldOutTermIsATrainingTermOrOverlapsOne() {
        Map<SafetyDataset.Split, List<String>> terms = SafetyDataset.sampleTerms(PROJECT_LISTS, 1000, new Random(1));
        List<String> train = PROJECT_LISTS.terms().keySet().stream().filter(t -> SafetyDataset.splitOf(t) == SafetyDataset.Split.TRAIN).toList();
        assertThat(terms.get(SafetyDataset.Split.TRAIN)).isNotEmpty();
        for (SafetyDataset.Split s : List.of(SafetyDataset.Split.DEV, SafetyDataset.Split.TEST)) {
            for (String t : terms.get(s)) {
                assertThat(train).as(t).noneMatch(tr -> tr.contains(t) || t.contains(tr));
            }
        }
    }

    @Test
    void withoutChatDataTheSetHoldsTheProjectsPhrasingsTermsAndHardNegatives(@TempDir Path emptyDataDir) throws Exception {
        List<SafetyDataset.Example> all = SafetyDataset.build(emptyDataDir, PROJECT_LISTS, SafetyDataset.Options.defaults());
        assertThat(all).noneMatch(e -> e.group().startsWith("chat:"));
        assertThat(all).filteredOn(e -> e.group().equals("abusive-phrasing")).isNotEmpty().allMatch(SafetyDataset.Example::unsafe)
                .allMatch(e -> e.category() == SafetyCategory.ABUSE);
        assertThat(all).filteredOn(e -> e.group().equals("hard-negative")).isNotEmpty().noneMatch(SafetyDataset.Example::unsafe);
        assertThat(all).filteredOn(e -> e.text().equals("这部电影高潮迭起")).singleElement().matches(e -> !e.unsafe());
        assertThat(all).filteredOn(e -> e.group().equals("term-in-template")).isNotEmpty()
                .allMatch(e -> e.unsafe() && e.text().contains(e.term()) && SafetyDataset.splitOf(e.term()) == e.split());
    }

    @Test
    void buildingTwiceGivesTheSameSet(@TempDir Path emptyDataDir) throws Exception {
        assertThat(SafetyDataset.build(emptyDataDir, PROJECT_LISTS, SafetyDataset.Options.defaults()))
                .isEqualTo(SafetyDataset.build(emptyDataDir, PROJECT_LISTS, SafetyDataset.Options.defaults()));
    }
}
