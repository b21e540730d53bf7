package io.xiaobu.dialog.stage;

import io.xiaobu.dialog.pipeline.Stage;
import io.xiaobu.dialog.pipeline.StageResult;
import io.xiaobu.dialog.pipeline.TurnContext;
import io.xiaobu.nlu.NormalizedText;
import io.xiaobu.skills.sdk.runtime.DialogState;

import java.util.function.Function;

/** Normalises the text (losslessly) and notes what the session already holds for this turn. */
public final class ContextualiseStage implements Stage {

    private final Function<String, NormalizedText> normalizer;

    public ContextualiseStage(Function<String, NormalizedText> normalizer) {
        this.normalizer = normalizer;
    }

    @Override
    public StageResult process(TurnContext turn) {
        NormalizedText text = normalizer.apply(turn.request().asr().text());
        turn.setText(text);
        int past = turn.session().history().size();
        DialogState pending = DialogState.from(turn.session().attributes(), DialogState.KEY);
        return StageResult.next("normalised to '" + text.text() + "'; session turn " + (past + 1)
                + (pending != null ? "; " + pending.skill() + " waits for " + (pending.awaitsSlot()
                ? "slot " + pending.slot() : "a confirmation") + " of " + pending.intent() : ""));
    }
}
