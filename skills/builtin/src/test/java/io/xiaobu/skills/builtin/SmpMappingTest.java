package io.xiaobu.skills.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xiaobu.skills.builtin.live.LiveDataProvider;
import io.xiaobu.skills.sdk.Skill;
import io.xiaobu.skills.sdk.testkit.TemplateUnderstander;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SmpMappingTest {

    @TempDir
    Path dir;

    private List<Skill> skills() {
        return Fixtures.skills(dir, LiveDataProvider.notConnected()).skills();
    }

    @Test
    void everyMappedSkillIntentExistsInTheCatalog() {
        Map<String, Skill> byId = skills().stream().collect(Collectors.toMap(Skill::id, s -> s));
        assertThat(SmpMapping.load().all()).hasSizeGreaterThan(90);
        SmpMapping.load().all().forEach((label, t) -> {
            if (!t.isSkill()) return;
            assertThat(byId).as(label).containsKey(t.skill());
            assertThat(byId.get(t.skill()).model().intent(t.intent())).as(label + " -> " + t).isPresent();
        });
    }

    private static Path smpDir() {
        return Path.of(System.getProperty("xiaobu.data.dir", "../shared/data"), "nlu", "smp-ecdt");
    }

    @Test
    void everyDomainAndIntentOfTheSmpDataIsMapped() throws Exception {
        Path train = smpDir().resolve("train.jsonl");
        assumeTrue(Files.exists(train), "SMP-ECDT data not found at " + train + " (set xiaobu.data.dir)");
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(train)) {
            JsonNode n = json.readTree(line);
            assertThat(SmpMapping.load().target(n.get("domain").asText(), n.get("intent").asText()))
                    .as(n.get("domain").asText() + "/" + n.get("intent").asText()).isPresent();
        }
    }

    /**
     * Baseline only: routing of SMP dev utterances by the test kit's template matcher alone (no
     * normalisation, no model). The service measures the real pipeline.
     */
    @Test
    void templateMatcherRoutingBaselineOnSmpDev() throws Exception {
        Path dev = smpDir().resolve("dev.jsonl");
        assumeTrue(Files.exists(dev), "SMP-ECDT data not found at " + dev + " (set xiaobu.data.dir)");
        var understander = new TemplateUnderstander(skills().stream().map(Skill::model).toList());
        ObjectMapper json = new ObjectMapper();
        int total = 0, matched = 0, right = 0;
        for (String line : Files.readAllLines(dev)) {
            JsonNode n = json.readTree(line);
            var target = SmpMapping.load().target(n.get("domain").asText(), n.get("intent").asText()).orElseThrow();
            if (!target.isSkill()) continue;
            total++;
            var got = understander.understand(n.get("text").asText(), Map.of());
            if (got.isPresent()) {
                matched++;
                if (got.get().skillId().equals(target.skill())) right++;
                else if (Boolean.getBoolean("smp.verbose")) System.out.println("MISS " + target.skill() + " <- " + got.get().skillId() + "/" + got.get().intent() + " : " + n.get("text").asText());
            }
        }
        System.out.printf("SMP-ECDT dev, skill-routed labels: %d utterances, template matcher matched %d (%.3f), right skill %d (accuracy %.3f, precision when matched %.3f)%n",
                total, matched, matched / (double) total, right, right / (double) total, matched == 0 ? 0 : right / (double) matched);
        assertThat(total).isGreaterThan(100);
    }
}
