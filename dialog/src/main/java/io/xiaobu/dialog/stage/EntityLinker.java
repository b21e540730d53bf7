package io.xiaobu.dialog.stage;

import io.xiaobu.dialog.pipeline.LinkedEntity;
import io.xiaobu.nlu.NormalizedText;

import java.util.List;
import java.util.Optional;

/** Finds mentions of knowledge-graph entities in the normalised text. */
public interface EntityLinker {

    List<LinkedEntity> link(NormalizedText text);

    /**
     * An entity of one of {@code types} (graph type names: {@code APP}, {@code SONG} …) whose name sounds like
     * all of a slot's words, for words understanding already took for such a name: 为信 in the app slot of
     * 打开为信 is 微信 misheard. Empty by default and when nothing sounds alike.
     *
     * @param words the slot's words; {@code start} and {@code end} are where they stand in the request text
     */
    default Optional<LinkedEntity> soundsLike(String words, int start, int end, List<String> types) {
        return Optional.empty();
    }
}
