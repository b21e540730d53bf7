package io.xiaobu.dialog.stage;

import io.xiaobu.dialog.pipeline.Fulfilment;
import io.xiaobu.dialog.pipeline.TurnContext;
import io.xiaobu.dialog.rank.Candidate;

/** Carries out a chosen task candidate through its skill (built-in or remote). */
public interface SkillFulfiller {

    /** Whether a skill is registered for this domain/skill id. */
    boolean handles(String skill);

    /** Carries out the turn's chosen task; the skill reads the turn's words. */
    default Fulfilment fulfil(TurnContext turn, Candidate chosen) {
        return fulfil(turn, chosen, turn.text().text());
    }

    /** As {@link #fulfil(TurnContext, Candidate)}, the skill reading {@code words}: one command of several said together. */
    Fulfilment fulfil(TurnContext turn, Candidate chosen, String words);
}
