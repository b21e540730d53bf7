package io.xiaobu.dialog.model;

import io.xiaobu.kg.KnowledgeGraph;
import io.xiaobu.kg.link.LinkerConfig;
import io.xiaobu.nlu.Slot;
import io.xiaobu.nlu.model.ModelOutput;
import io.xiaobu.nlu.model.NluModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The committed product model reads the knowledge graph's entity types: a known title marks its own span. */
class ProductModelGraphTagsTest {

    static NluModel model;
    static final GraphEntityTags TAGS = new GraphEntityTags(KnowledgeGraph.starterGraphLinker(LinkerConfig.defaults()));

    @BeforeAll
    static void load() throws IOException {
        Path dir = Path.of("../models/nlu/product");
        assumeTrue(Files.isRegularFile(dir.resolve("model.json")), "no committed product model");
        model = NluModel.load(dir);
    }

    @AfterAll
    static void close() {
        if (model != null) model.close();
    }

    private static ModelOutput withGraphTags(String text) {
        return model.predict(text, TAGS.tag(text), null);
    }

    @Test
    void theProductModelWasTrainedOnTheGraphsTypes() {
        assertThat(model.meta().config().entityTags()).isTrue();
        assertThat(model.meta().entityTypes()).isEqualTo(GraphEntityTags.TYPES);
    }

    @Test
    void aSongTheGraphKnowsIsTheSongSlotWithoutTheWordsAroundIt() {
        // 红豆 and 唯一 are songs in the starter graph; the tags keep 一下 / 个 out of the title
        ModelOutput listen = withGraphTags("听一下红豆");
        assertThat(listen.topIntent().label()).isEqualTo("media/music.play");
        assertThat(listen.slots()).extracting(Slot::name, Slot::value).containsExactly(tuple("song", "红豆"));
        assertThat(withGraphTags("放个唯一").slots()).extracting(Slot::name, Slot::value).containsExactly(tuple("song", "唯一"));
    }

    @Test
    void withoutAnyTagsTheModelStillUnderstandsPlainRequests() {
        // a graph that lacks the entities (or no graph) gives no tags: 70 % of the training utterances had none
        assertThat(model.predict("播放周杰伦的稻香").slots()).extracting(Slot::name, Slot::value)
                .containsExactly(tuple("singer", "周杰伦"), tuple("song", "稻香"));
        assertThat(model.predict("导航到北京西站").topIntent().label()).isEqualTo("navigation/nav.route");
    }
}
