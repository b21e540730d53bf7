package io.xiaobu.dialog.stage;

import io.xiaobu.dialog.pipeline.Stage;
import io.xiaobu.dialog.pipeline.StageResult;
import io.xiaobu.dialog.pipeline.TurnContext;
import io.xiaobu.nlu.NormalizedText;

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
        Object pending = turn.session().attributes().get(SessionKeys.PENDING_INTENT);
        return StageResult.next("normalised to '" + text.text() + "'; session turn " + (past + 1)
                + (pending != null ? "; waiting for " + pending : ""));
    }
}
