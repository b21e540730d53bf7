package io.xiaobu.dialog.stage;

import io.xiaobu.dialog.pipeline.LinkedEntity;
import io.xiaobu.dialog.pipeline.Stage;
import io.xiaobu.dialog.pipeline.StageResult;
import io.xiaobu.dialog.pipeline.TurnContext;

import java.util.List;

/** Links mentions in the text to knowledge-graph entities, for routing, slots and KBQA. */
public final class LinkStage implements Stage {

    private final EntityLinker linker;

    /** @param linker null when no graph is configured: the stage then says so in the trace */
    public LinkStage(EntityLinker linker) {
        this.linker = linker;
    }

    @Override
    public StageResult process(TurnContext turn) {
        if (linker == null) return StageResult.idle("no entity linker configured");
        List<LinkedEntity> found = linker.link(turn.text());
        turn.setEntities(found);
        if (found.isEmpty()) return StageResult.next("no entity mentioned");
        StringBuilder sb = new StringBuilder();
        for (LinkedEntity e : found) {
            sb.append(sb.isEmpty() ? "" : ", ").append(e.mention()).append("→").append(e.type()).append(':')
                    .append(e.canonicalName()).append(e.ambiguous() ? " (ambiguous)" : "");
        }
        return StageResult.next(sb.toString());
    }
}
