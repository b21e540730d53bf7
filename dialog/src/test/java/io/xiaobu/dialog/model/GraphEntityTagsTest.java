package io.xiaobu.dialog.model;

import io.xiaobu.dialog.pipeline.LinkedEntity;
import io.xiaobu.kg.KnowledgeGraph;
import io.xiaobu.kg.link.LinkerConfig;
import io.xiaobu.nlu.NormalizedText;
import io.xiaobu.nlu.text.TextNormalizer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The product model's knowledge input: entity types per character, from the graph's linker. */
class GraphEntityTagsTest {

    private final GraphEntityTags tags = new GraphEntityTags(KnowledgeGraph.starterGraphLinker(LinkerConfig.defaults()));

    @Test
    void aSingerAndHisSongAreTaggedWithTheirTypes() {
        assertThat(tags.tag("播放周杰伦的稻香")).containsExactly(null, null, "PERSON", "PERSON", "PERSON", null, "SONG", "SONG");
    }

    @Test
    void textWithoutKnownEntitiesAndOddTextGetNoTags() {
        assertThat(tags.tag("把客厅的灯打开")).containsOnlyNulls();
        assertThat(tags.tag("")).isEmpty();
        assertThat(tags.tag("😀".repeat(500))).containsOnlyNulls();
        assertThat(tags.tag("MATCH (n) DETACH DELETE n")).hasSize(25);
    }

    @Test
    void theTypesAreTheGraphsSpecificOnesNotGenericThings() {
        assertThat(tags.types()).containsExactly("APP", "FILM", "PERSON", "PLACE", "POEM", "SONG", "TV");
    }

    @Test
    void aTurnsLinkedEntitiesTagTheNormalisedCharsTheirOriginalSpanCovers() {
        // the normaliser drops the filler 嗯 and folds full-width characters; spans stay in the original text
        NormalizedText text = TextNormalizer.standard().normalize("嗯，播放周杰伦的稻香");
        int singer = text.original().indexOf("周杰伦"), song = text.original().indexOf("稻香");
        List<LinkedEntity> linked = List.of(
                new LinkedEntity("周杰伦", singer, singer + 3, "person:周杰伦", "PERSON", "周杰伦", 0.9, false),
                new LinkedEntity("稻香", song, song + 2, "song:稻香", "SONG", "稻香", 0.9, false),
                new LinkedEntity("的", song - 1, song, "thing:的", "THING", "的", 0.2, false));
        String[] t = GraphEntityTags.of(text, linked);
        assertThat(t).hasSize(text.text().length());
        int s = text.text().indexOf("周杰伦"), g = text.text().indexOf("稻香");
        assertThat(t[s]).isEqualTo("PERSON");
        assertThat(t[s + 2]).isEqualTo("PERSON");
        assertThat(t[g]).isEqualTo("SONG");
        assertThat(t[g - 1]).as("generic things are not tags").isNull();
        assertThat(t[0]).isNull();
    }
}
