package io.xiaobu.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xiaobu.time.MentionValue.QuantityValue;
import io.xiaobu.time.parse.ChineseNumerals;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The numeral cases of cn2an (time/cn2an_testcases.jsonl in the shared data directory, read in place):
 * Chinese → number cases are parsed directly; an2cn cases are read backwards (each Chinese form, the
 * financial one as money, must give the original number). Sentence-rewriting cases (transform_test) test
 * cn2an's output format, not values, and are counted as not applicable.
 */
class Cn2anCasesTest {

    private static final TimeNormalizer NORMALIZER = new TimeNormalizer();

    static Path dataDir() {
        String dir = System.getProperty("xiaobu.data.dir");
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("XIAOBU_DATA_DIR");
        }
        return Path.of(dir == null || dir.isBlank() ? "../shared/data" : dir);
    }

    @Test
    void everyApplicableCn2anNumeralCaseGivesTheExpectedNumber() throws IOException {
        Path file = dataDir().resolve("time/cn2an_testcases.jsonl");
        assumeTrue(Files.isRegularFile(file), "skipped: " + file + " not found (set -Dxiaobu.data.dir or XIAOBU_DATA_DIR)");
        ObjectMapper mapper = new ObjectMapper();
        int checks = 0;
        int notApplicable = 0;
        List<String> failures = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode c = mapper.readTree(line);
            String source = c.path("file").asText() + " " + c.path("dict").asText();
            JsonNode input = c.get("input");
            JsonNode expected = c.get("expected");
            if (source.startsWith("transform_test")) {
                notApplicable++;
            } else if (source.contains("direct_data_dict")) {
                checks++;
                String got = ChineseNumerals.digitString(input.asText());
                if (!expected.asText().equals(got)) {
                    failures.add(input.asText() + " → " + got + " (expected " + expected.asText() + ")");
                }
            } else if (source.startsWith("cn2an_test")) {
                checks++;
                check(input.asText(), expected.decimalValue(), failures);
            } else if (source.contains("scientific")) {
                checks++;
                check(expected.asText(), input.decimalValue(), failures);
            } else {
                BigDecimal value = input.decimalValue();
                for (int form = 0; form < expected.size(); form++) {
                    checks++;
                    if (form == 2) {
                        check(expected.get(form).asText(), value.setScale(2, RoundingMode.DOWN), failures);
                    } else if (form == 3) {
                        checkDigits(expected.get(form).asText(), value, failures);
                    } else {
                        check(expected.get(form).asText(), value, failures);
                    }
                }
            }
        }
        System.out.printf("cn2an numeral cases: %d / %d checks passed, %d sentence-rewriting cases not applicable%n",
                checks - failures.size(), checks, notApplicable);
        failures.forEach(f -> System.out.println("  FAIL " + f));
        assertThat(failures).isEmpty();
    }

    /** A plain numeral, or a money amount (元/圆/角/分) covering the whole text. */
    private static void check(String text, BigDecimal expected, List<String> failures) {
        BigDecimal got = ChineseNumerals.parse(text);
        if (got == null) {
            List<Mention> m = NORMALIZER.parse(text, CaseFile.DEFAULT_REFERENCE, EnumSet.of(Dimension.MONEY));
            if (m.size() == 1 && m.get(0).text().equals(text)) {
                got = ((QuantityValue) m.get(0).value()).value();
            }
        }
        if (got == null || got.compareTo(expected) != 0) {
            failures.add(text + " → " + got + " (expected " + expected.toPlainString() + ")");
        }
    }

    private static void checkDigits(String text, BigDecimal expected, List<String> failures) {
        String digits = ChineseNumerals.digitString(text);
        if (digits == null || new BigDecimal(digits).compareTo(expected) != 0) {
            failures.add(text + " → " + digits + " (expected " + expected.toPlainString() + ")");
        }
    }
}
