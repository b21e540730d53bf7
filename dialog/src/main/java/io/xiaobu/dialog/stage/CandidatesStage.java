package io.xiaobu.dialog.stage;

import io.xiaobu.dialog.pipeline.Stage;
import io.xiaobu.dialog.pipeline.StageResult;
import io.xiaobu.dialog.pipeline.TurnContext;
import io.xiaobu.dialog.rank.Candidate;

import java.util.List;

/**
 * Gathers every possible answer: one task candidate per understanding hypothesis, then whatever the
 * other sources (graph, memory, chat) propose. Task NLU and chat both run; the ranker decides.
 */
public final class CandidatesStage implements Stage {

    private final List<CandidateSource> sources;

    public CandidatesStage(List<CandidateSource> sources) {
        this.sources = List.copyOf(sources);
    }

    @Override
    public StageResult process(TurnContext turn) {
        StringBuilder note = new StringBuilder();
        List<Candidate> tasks = turn.hypotheses().stream().map(Candidate::task).toList();
        turn.addCandidates(tasks);
        note.append("tasks: ").append(tasks.size());
        for (CandidateSource source : sources) {
            List<Candidate> found = source.propose(turn);
            turn.addCandidates(found);
            note.append(", ").append(source.name()).append(": ").append(found.size());
        }
        if (sources.isEmpty()) note.append("; no chat or graph source configured");
        return StageResult.next(note.toString());
    }
}
