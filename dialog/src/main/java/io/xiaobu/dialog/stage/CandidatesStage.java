package io.xiaobu.dialog.stage;

import io.xiaobu.dialog.pipeline.Stage;
import io.xiaobu.dialog.pipeline.StageResult;
import io.xiaobu.dialog.pipeline.TurnContext;
import io.xiaobu.dialog.rank.Candidate;

import java.util.List;

/**
 * Gathers every possible answer from every source, in order: task candidates from the understanding,
 * the dialogue in progress, the graph, memory, chat. Task NLU and chat both run; the ranker decides.
 */
public final class CandidatesStage implements Stage {

    private final List<CandidateSource> sources;

    public CandidatesStage(List<CandidateSource> sources) {
        this.sources = List.copyOf(sources);
    }

    @Override
    public StageResult process(TurnContext turn) {
        if (sources.isEmpty()) return StageResult.idle("no candidate source configured");
        StringBuilder note = new StringBuilder();
        for (CandidateSource source : sources) {
            List<Candidate> found = source.propose(turn);
            turn.addCandidates(found);
            note.append(note.isEmpty() ? "" : ", ").append(source.name()).append(": ").append(found.size());
        }
        return StageResult.next(note.toString());
    }
}
