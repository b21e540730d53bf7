package io.xiaobu.dialog.stage;

import io.xiaobu.dialog.pipeline.Fulfilment;
import io.xiaobu.dialog.pipeline.TurnContext;
import io.xiaobu.dialog.rank.Candidate;

/** Carries out a chosen task candidate through its skill (built-in or remote). */
public interface SkillFulfiller {

    /** Whether a skill is registered for this domain/skill id. */
    boolean handles(String skill);

    Fulfilment fulfil(TurnContext turn, Candidate chosen);
}
