package io.xiaobu.skills.builtin;

import io.xiaobu.skills.builtin.live.LiveDataProvider;
import io.xiaobu.skills.sdk.Skill;
import io.xiaobu.skills.sdk.model.ModelLoader;
import io.xiaobu.skills.sdk.testkit.SkillContract;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every built-in skill passes the same contract. */
class BuiltinContractTest {

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyBuiltinSkillPassesTheContractOnAPhoneASpeakerAndAWatch() {
        List<Skill> skills = Fixtures.skills(dir, LiveDataProvider.notConnected()).skills();
        assertThat(skills).extracting(Skill::id).containsExactlyElementsOf(BuiltinSkills.IDS);
        return skills.stream().flatMap(s -> Stream.of(
                DynamicTest.dynamicTest(s.id() + " on a phone", () -> assertThat(
                        SkillContract.check(s, Fixtures.phone(), ModelLoader.BUILTIN_MIN_SAMPLES, Fixtures.NOW)).isEmpty()),
                DynamicTest.dynamicTest(s.id() + " on a speaker", () -> {
                    if (s.model().supportsDevice("speaker")) {
                        assertThat(SkillContract.check(s, Fixtures.speaker(), ModelLoader.BUILTIN_MIN_SAMPLES, Fixtures.NOW)).isEmpty();
                    }
                }),
                DynamicTest.dynamicTest(s.id() + " on a watch", () -> {
                    if (s.model().supportsDevice("watch")) {
                        assertThat(SkillContract.check(s, Fixtures.watch(), ModelLoader.BUILTIN_MIN_SAMPLES, Fixtures.NOW)).isEmpty();
                    }
                })));
    }

    @Test
    void theCatalogIsDiscoverableThroughServiceLoader() {
        assertThat(ServiceLoader.load(io.xiaobu.skills.sdk.SkillProvider.class).stream().map(p -> p.type().getName()))
                .contains(BuiltinSkills.class.getName());
    }

    @Test
    void theCatalogCoversAtLeastFiftyIntents() {
        long intents = Fixtures.skills(dir, LiveDataProvider.notConnected()).skills().stream().mapToLong(s -> s.model().intents().size()).sum();
        assertThat(intents).isGreaterThanOrEqualTo(50);
    }
}
