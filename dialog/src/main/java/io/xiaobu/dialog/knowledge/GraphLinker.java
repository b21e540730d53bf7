package io.xiaobu.dialog.knowledge;

import io.xiaobu.dialog.pipeline.LinkedEntity;
import io.xiaobu.dialog.stage.EntityLinker;
import io.xiaobu.kg.KnowledgeGraph;
import io.xiaobu.kg.link.EntityLink;
import io.xiaobu.nlu.NormalizedText;

import java.util.ArrayList;
import java.util.List;

/**
 * Links mentions with the knowledge graph's in-memory alias index (it keeps working while Neo4j is
 * down) and maps their spans back to the original request text.
 */
public final class GraphLinker implements EntityLinker {

    private final KnowledgeGraph graph;

    public GraphLinker(KnowledgeGraph graph) {
        this.graph = graph;
    }

    @Override
    public List<LinkedEntity> link(NormalizedText text) {
        List<LinkedEntity> out = new ArrayList<>();
        for (EntityLink l : graph.link(text.text())) {
            out.add(new LinkedEntity(l.mention(), text.originalStart(l.start()), text.originalEnd(l.end()), l.entityId(),
                    l.type().name(), l.name(), l.score(), l.ambiguous()));
        }
        return out;
    }
}
