package io.xiaobu.dialog.stage;

import io.xiaobu.dialog.api.Outcome;
import io.xiaobu.dialog.pipeline.Fulfilment;
import io.xiaobu.dialog.pipeline.Stage;
import io.xiaobu.dialog.pipeline.StageResult;
import io.xiaobu.dialog.pipeline.TurnContext;
import io.xiaobu.dialog.rank.Candidate;

/**
 * Acts on the ranker's choice: a task goes to its skill (which may set an alarm, ask for a slot or
 * confirm); an answer from chat, the graph or memory is said as it is.
 */
public final class FulfilStage implements Stage {

    private final SkillFulfiller skills;

    /** @param skills null when no skill runtime is configured */
    public FulfilStage(SkillFulfiller skills) {
        this.skills = skills;
    }

    @Override
    public StageResult process(TurnContext turn) {
        Candidate chosen = turn.decision().winner().candidate();
        if (!chosen.needsSkill()) {
            turn.fulfil(Fulfilment.say(Outcome.ANSWERED, chosen.skill(), chosen.intent(), chosen.replyText(), chosen.score()));
            return StageResult.next("said the " + chosen.source().name().toLowerCase() + " answer");
        }
        if (skills == null || !skills.handles(chosen.skill())) {
            turn.fulfil(new Fulfilment(Outcome.UNSUPPORTED, chosen.skill(), chosen.intent(), chosen.understanding().slots(),
                    "我听懂了，但这个功能还没有接入。", "我听懂了，但这个功能还没有接入。", null, chosen.score()));
            return StageResult.next("no skill registered for " + chosen.skill());
        }
        Fulfilment f = skills.fulfil(turn, chosen);
        turn.fulfil(f);
        return StageResult.next("skill " + chosen.skill() + " → " + f.outcome().wireName()
                + (f.directives().isEmpty() ? "" : " with " + f.directives().size() + " directive(s)"));
    }
}
