package io.xiaobu.dialog.model;

import io.xiaobu.dialog.pipeline.LinkedEntity;
import io.xiaobu.kg.link.EntityLink;
import io.xiaobu.kg.link.EntityLinker;
import io.xiaobu.kg.model.EntityType;
import io.xiaobu.nlu.NormalizedText;
import io.xiaobu.nlu.data.EntityTagger;

import java.util.List;
import java.util.stream.Stream;

/**
 * The product model's knowledge input: per-character entity types from the knowledge graph's entity
 * linker, the same in training (linking each training utterance) and in the service (the link stage's
 * entities of the turn, which runs before understanding).
 */
public final class GraphEntityTags implements EntityTagger {

    /**
     * The entity types that become tags ({@link EntityType} names). Generic things (KBQA subjects) and
     * genres are left out: tens of thousands of common words, too vague to tell intents or slots apart.
     */
    public static final List<String> TYPES = Stream.of(EntityType.APP, EntityType.FILM, EntityType.PERSON, EntityType.PLACE,
            EntityType.POEM, EntityType.SONG, EntityType.TV).map(Enum::name).sorted().toList();

    private final EntityLinker linker;

    public GraphEntityTags(EntityLinker linker) {
        this.linker = linker;
    }

    @Override
    public List<String> types() {
        return TYPES;
    }

    @Override
    public String[] tag(String text) {
        String[] tags = new String[text == null ? 0 : text.length()];
        if (tags.length == 0) return tags;
        for (EntityLink l : linker.link(text).links()) {
            String type = l.type().name();
            if (!TYPES.contains(type)) continue;
            for (int i = Math.max(0, l.start()); i < Math.min(tags.length, l.end()); i++) tags[i] = type;
        }
        return tags;
    }

    /**
     * Tags of a turn's normalised text from the entities its link stage found ({@link LinkedEntity}
     * spans are in the original text): a normalised char gets the type of the entity its original char
     * lies in.
     */
    public static String[] of(NormalizedText text, List<LinkedEntity> entities) {
        String[] tags = new String[text.text().length()];
        for (LinkedEntity e : entities) {
            if (!TYPES.contains(e.type())) continue;
            for (int i = 0; i < tags.length; i++) {
                int o = text.originalStart(i);
                if (o >= e.start() && o < e.end()) tags[i] = e.type();
            }
        }
        return tags;
    }
}
