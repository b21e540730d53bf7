package io.xiaobu.dialog.stage;

import io.xiaobu.dialog.api.Outcome;
import io.xiaobu.dialog.pipeline.FactQuestions;
import io.xiaobu.dialog.pipeline.Fulfilment;
import io.xiaobu.dialog.pipeline.Stage;
import io.xiaobu.dialog.pipeline.StageResult;
import io.xiaobu.dialog.pipeline.TurnContext;
import io.xiaobu.dialog.rank.FusionRanker;

import java.util.List;
import java.util.function.Function;

/**
 * Lets the fusion ranker choose. Two outcomes are decided here: an ambiguity becomes a question
 * back ("你是想…还是…?"), and no acceptable candidate becomes a plain "I can't do that yet".
 */
public final class RankStage implements Stage {

    private static final List<String> UNSUPPORTED = List.of(
            "抱歉，这个我还不会，我会继续学习的。",
            "这个问题我暂时回答不了，换个说法试试？",
            "不好意思，我还没学会这个。");

    private final FusionRanker ranker;
    private final Function<String, String> intentTitle;

    /** @param intentTitle the Chinese name of an intent for clarifying questions, e.g. alarm.set → 定闹钟 */
    public RankStage(FusionRanker ranker, Function<String, String> intentTitle) {
        this.ranker = ranker;
        this.intentTitle = intentTitle;
    }

    @Override
    public StageResult process(TurnContext turn) {
        FusionRanker.Decision d = ranker.rank(turn.candidates(), !FactQuestions.asksAFact(turn.text().text(), turn.entities()));
        turn.setDecision(d);
        if (d.winner() == null) {
            turn.fulfil(Fulfilment.say(Outcome.UNSUPPORTED, null, null,
                    Phrases.pick(UNSUPPORTED, turn.request().requestId()), 0));
            return StageResult.decided("unsupported: " + d.reason());
        }
        if (d.clarify()) {
            String a = intentTitle.apply(d.winner().candidate().intent());
            String b = intentTitle.apply(d.runnerUp().candidate().intent());
            turn.fulfil(Fulfilment.say(Outcome.CLARIFY, d.winner().candidate().skill(), d.winner().candidate().intent(),
                    clarifyingQuestion(a, b), d.winner().candidate().score()));
            return StageResult.decided("clarify: " + d.reason());
        }
        return StageResult.next(d.reason());
    }

    /**
     * The question between two readings, by their intents' titles. Two intents that share a name (a skill that
     * did not title them) cannot be told apart in words, so the question is about the first one only.
     */
    static String clarifyingQuestion(String first, String second) {
        return first.equals(second) ? "你是想" + first + "吗？" : "你是想" + first + "，还是" + second + "？";
    }
}
