package io.xiaobu.dialog.knowledge;

import io.xiaobu.dialog.pipeline.LinkedEntity;
import io.xiaobu.dialog.stage.EntityLinker;
import io.xiaobu.kg.link.EntityLink;
import io.xiaobu.kg.model.EntityType;
import io.xiaobu.nlu.NormalizedText;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Links mentions with the knowledge graph's in-memory alias index (it keeps working while Neo4j is
 * down) and maps their spans back to the original request text.
 */
public final class GraphLinker implements EntityLinker {

    private final Supplier<io.xiaobu.kg.link.EntityLinker> linker;

    /** @param linker the graph's current linker ({@code KnowledgeGraph::linker}: its index is replaced when the graph is re-read) */
    public GraphLinker(Supplier<io.xiaobu.kg.link.EntityLinker> linker) {
        this.linker = linker;
    }

    @Override
    public List<LinkedEntity> link(NormalizedText text) {
        List<LinkedEntity> out = new ArrayList<>();
        for (EntityLink l : linker.get().link(text.text()).links()) {
            out.add(new LinkedEntity(l.mention(), text.originalStart(l.start()), text.originalEnd(l.end()), l.entityId(),
                    l.type().name(), l.name(), l.score(), l.ambiguous()));
        }
        return out;
    }

    @Override
    public Optional<LinkedEntity> soundsLike(String words, int start, int end, List<String> types) {
        Set<EntityType> wanted = EnumSet.noneOf(EntityType.class);
        for (EntityType t : EntityType.values()) if (types.contains(t.name())) wanted.add(t);
        return linker.get().soundsLike(words, wanted).map(l -> new LinkedEntity(words, start, end, l.entityId(), l.type().name(),
                l.name(), l.score(), l.ambiguous()));
    }
}
