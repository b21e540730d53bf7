package io.xiaobu.skills.builtin;

import io.xiaobu.skills.builtin.live.LiveDataProvider;
import io.xiaobu.skills.sdk.Skill;
import io.xiaobu.skills.sdk.model.IntentModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class PublicNluMappingTest {

    @TempDir
    Path dir;

    private final PublicNluMapping mapping = PublicNluMapping.load();

    private Map<String, Skill> skills() {
        return Fixtures.skills(dir, LiveDataProvider.notConnected()).skills().stream().collect(Collectors.toMap(Skill::id, s -> s));
    }

    @Test
    void publicLabelsMapToProductIntents() {
        assertThat(mapping.intent("cais", "PlayMusic")).contains(new PublicNluMapping.Target("media", "music.play"));
        assertThat(mapping.intent("nlpcc2018", "navigation.navigation")).contains(new PublicNluMapping.Target("navigation", "nav.route"));
        assertThat(mapping.intent("nlpcc2018", "phone_call.make_a_phone_call")).contains(new PublicNluMapping.Target("phone", "phone.call"));
        assertThat(mapping.intent("smp", "music.PLAY")).contains(new PublicNluMapping.Target("media", "music.play"));
        assertThat(mapping.intent("smp", "cookbook.QUERY")).contains(new PublicNluMapping.Target("qa", "qa"));
        assertThat(mapping.intent("smp2017", "chat")).contains(new PublicNluMapping.Target("chat", "chat"));
    }

    @Test
    void labelsWithoutAMatchingProductIntentAreNotMapped() {
        assertThat(mapping.intent("cais", "Remind")).isEmpty();
        assertThat(mapping.intent("nlpcc2018", "OTHERS")).isEmpty();
        assertThat(mapping.intent("nlpcc2018", "navigation.cancel_navigation")).isEmpty();
    }

    @Test
    void sourceSlotsAreRenamedToTheProductSlotOfTheirLabel() {
        assertThat(mapping.slot("smp", "music.PLAY", "artist")).contains("singer");
        assertThat(mapping.slot("cais", "PlayMusic", "song_name")).contains("song");
        assertThat(mapping.slot("nlpcc2018", "navigation.navigation", "custom_destination")).contains("destination");
        assertThat(mapping.slot("cais", "PlayMusic", "album_name")).isEmpty();
    }

    @Test
    void everyMappedSlotIsASlotOfTheIntentItsLabelMapsTo() {
        Map<String, Skill> skills = skills();
        assertThat(mapping.slotRows()).hasSizeGreaterThan(100);
        for (PublicNluMapping.SlotRow row : mapping.slotRows()) {
            PublicNluMapping.Target t = mapping.intent(row.source(), row.label()).orElseThrow(() -> new AssertionError("no intent row for " + row));
            assertThat(skills).as(row.toString()).containsKey(t.skill());
            IntentModel intent = skills.get(t.skill()).model().intent(t.intent()).orElseThrow(() -> new AssertionError(row + " -> " + t));
            assertThat(intent.slot(row.productSlot())).as(row + " -> " + t).isPresent();
        }
    }
}
