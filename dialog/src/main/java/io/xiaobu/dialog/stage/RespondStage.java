package io.xiaobu.dialog.stage;

import io.xiaobu.dialog.api.Outcome;
import io.xiaobu.dialog.pipeline.Fulfilment;
import io.xiaobu.dialog.pipeline.Stage;
import io.xiaobu.dialog.pipeline.StageResult;
import io.xiaobu.dialog.pipeline.TurnContext;
import io.xiaobu.dialog.session.SessionState;

/**
 * Shapes the reply for the device (no screen text on a speaker) and remembers the turn in the
 * session so that the next turn can refer back to it.
 */
public final class RespondStage implements Stage {

    @Override
    public StageResult process(TurnContext turn) {
        Fulfilment f = turn.fulfilment();
        String note;
        if (f.outcome() != Outcome.REJECTED && !turn.request().device().type().hasScreen() && f.text() != null) {
            f = new Fulfilment(f.outcome(), f.skill(), f.intent(), f.slots(), null, f.tts(), f.directives(), f.confidence());
            turn.fulfil(f);
            note = "speech only (no screen)";
        } else {
            note = f.outcome().wireName();
        }
        if (f.outcome() != Outcome.REJECTED) {
            turn.session().remember(new SessionState.PastTurn(turn.receivedAt(), turn.request().asr().text(),
                    f.tts(), f.skill(), f.intent(), f.slots()));
        }
        return StageResult.next(note);
    }
}
