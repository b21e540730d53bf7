package io.xiaobu.dialog.stage;

import io.xiaobu.dialog.pipeline.Stage;
import io.xiaobu.dialog.pipeline.StageResult;
import io.xiaobu.dialog.pipeline.TurnContext;

/**
 * Stops input that was not meant for the assistant (noise, side talk, TTS echo) before any work, by
 * rules. The model's reject head, which needs the backbone pass, decides later in {@link UnderstandStage}.
 */
public final class RejectStage implements Stage {

    private final InputRejector rejector;

    public RejectStage(InputRejector rejector) {
        this.rejector = rejector;
    }

    @Override
    public StageResult process(TurnContext turn) {
        return rejector.check(turn.request().asr(), turn.session())
                .map(r -> {
                    turn.reject(r.reason(), r.confidence());
                    return StageResult.decided("rejected: " + r.reason());
                })
                .orElseGet(() -> StageResult.next("accepted by rules"));
    }
}
