package io.xiaobu.time;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The held-out suite (cases/holdout.tsv, holdout-2.tsv, holdout-3.tsv), each written before it was first run and not used to tune the rules:
 * prints the pass rate per dimension and the failures, and holds the coverage target of 90%.
 */
class HoldoutCoverageTest {

    private static final double TARGET = 0.90;

    @Test
    void heldOutBatchOneCoverageIsAtLeastNinetyPercent() {
        assertCoverage("holdout.tsv");
    }

    @Test
    void heldOutBatchTwoCoverageIsAtLeastNinetyPercent() {
        assertCoverage("holdout-2.tsv");
    }

    @Test
    void heldOutBatchThreeCoverageIsAtLeastNinetyPercent() {
        assertCoverage("holdout-3.tsv");
    }

    private static void assertCoverage(String file) {
        TimeNormalizer normalizer = new TimeNormalizer();
        List<CaseFile.Case> cases = CaseFile.load("/cases/" + file);
        List<String> failures = new ArrayList<>();
        System.out.println(CaseFile.report("Held-out suite (" + file + ")", normalizer, cases, failures));
        failures.forEach(f -> System.out.println("  FAIL " + f));
        double rate = 1.0 - (double) failures.size() / cases.size();
        assertThat(rate).as("held-out pass rate").isGreaterThanOrEqualTo(TARGET);
    }
}
