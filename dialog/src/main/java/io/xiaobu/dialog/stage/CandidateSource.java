package io.xiaobu.dialog.stage;

import io.xiaobu.dialog.pipeline.TurnContext;
import io.xiaobu.dialog.rank.Candidate;

import java.util.List;

/** Proposes answers to the turn: skills from the understanding, the graph, chat retrieval, generation. */
public interface CandidateSource {

    /** A short name for the trace, e.g. {@code kbqa}. */
    String name();

    List<Candidate> propose(TurnContext turn);
}
