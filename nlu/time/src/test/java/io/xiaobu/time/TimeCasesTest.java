package io.xiaobu.time;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The authored suite (cases/time-cases.tsv): every case must pass; the per-dimension table is printed. */
class TimeCasesTest {

    private static final TimeNormalizer NORMALIZER = new TimeNormalizer();
    private static final List<CaseFile.Case> CASES = CaseFile.load("/cases/time-cases.tsv");

    static List<CaseFile.Case> cases() {
        return CASES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void utteranceNormalisesToTheExpectedValue(CaseFile.Case c) {
        assertThat(CaseFile.check(NORMALIZER, c)).as("line %d: %s", c.line(), c).isNull();
    }

    @Test
    void theSuiteHasAtLeast400CasesAndReportsPassRatePerDimension() {
        List<String> failures = new ArrayList<>();
        System.out.println(CaseFile.report("Authored suite (time-cases.tsv)", NORMALIZER, CASES, failures));
        failures.forEach(f -> System.out.println("  FAIL " + f));
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(400);
    }
}
