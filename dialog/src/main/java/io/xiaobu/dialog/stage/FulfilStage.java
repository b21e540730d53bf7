package io.xiaobu.dialog.stage;

import io.xiaobu.dialog.api.Outcome;
import io.xiaobu.dialog.api.TurnResponse;
import io.xiaobu.dialog.pipeline.FollowingCommand;
import io.xiaobu.dialog.pipeline.Fulfilment;
import io.xiaobu.dialog.pipeline.Stage;
import io.xiaobu.dialog.pipeline.StageResult;
import io.xiaobu.dialog.pipeline.TurnContext;
import io.xiaobu.dialog.rank.Candidate;
import io.xiaobu.nlu.Slot;

import java.util.ArrayList;
import java.util.List;

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
        int done = 1;
        // commands said after this one in the same breath, in order, while each is carried out
        if (chosen.source() == Candidate.Source.TASK && chosen.understanding().source().startsWith("rule")) {
            for (FollowingCommand next : turn.followingCommands()) {
                if (f.outcome() != Outcome.ANSWERED || !skills.handles(next.understanding().domain())) break;
                f = joined(f, skills.fulfil(turn, Candidate.task(next.understanding()), next.words()));
                done++;
            }
        }
        turn.fulfil(f);
        return StageResult.next("skill " + chosen.skill() + " → " + f.outcome().wireName()
                + (f.directives().isEmpty() ? "" : " with " + f.directives().size() + " directive(s)")
                + (done > 1 ? "; " + done + " commands carried out" : ""));
    }

    /**
     * Two commands' results as one reply: both said, both acted on; the later one's outcome (it may ask something);
     * the turn's confidence stays the ranker's in its first command.
     */
    private static Fulfilment joined(Fulfilment first, Fulfilment then) {
        List<Slot> slots = new ArrayList<>(first.slots());
        slots.addAll(then.slots());
        List<TurnResponse.Directive> directives = new ArrayList<>(first.directives());
        directives.addAll(then.directives());
        return new Fulfilment(then.outcome(), first.skill(), first.intent(), slots, join(first.text(), then.text()),
                join(first.tts(), then.tts()), directives, first.confidence());
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) return b;
        if (b == null || b.isBlank()) return a;
        return a + b;
    }
}
