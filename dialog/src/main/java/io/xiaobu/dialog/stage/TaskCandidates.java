package io.xiaobu.dialog.stage;

import io.xiaobu.dialog.pipeline.TurnContext;
import io.xiaobu.dialog.rank.Candidate;
import io.xiaobu.nlu.Understanding;

import java.util.List;
import java.util.function.BiFunction;

/**
 * One task candidate per understanding hypothesis, after knowledge-dependent routing has re-scored
 * the hypotheses with the entities linked in the turn.
 */
public final class TaskCandidates implements CandidateSource {

    private final BiFunction<List<Understanding>, TurnContext, List<Understanding>> routing;

    /** @param routing re-scores hypotheses with the turn's entities; identity when there is no graph */
    public TaskCandidates(BiFunction<List<Understanding>, TurnContext, List<Understanding>> routing) {
        this.routing = routing;
    }

    @Override
    public String name() {
        return "tasks";
    }

    @Override
    public List<Candidate> propose(TurnContext turn) {
        return routing.apply(turn.hypotheses(), turn).stream().map(Candidate::task).toList();
    }
}
