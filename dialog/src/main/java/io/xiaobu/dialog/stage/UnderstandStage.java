package io.xiaobu.dialog.stage;

import io.xiaobu.dialog.pipeline.Stage;
import io.xiaobu.dialog.pipeline.StageResult;
import io.xiaobu.dialog.pipeline.TurnContext;
import io.xiaobu.nlu.Understanding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/** Runs every recogniser on the normalised text and fuses their hypotheses into one ranked list. */
public final class UnderstandStage implements Stage {

    private final List<IntentRecognizer> recognizers;
    private final UnaryOperator<List<Understanding>> fusion;

    /** @param fusion combines the recognisers' hypotheses (calibration, agreement, ambiguity) */
    public UnderstandStage(List<IntentRecognizer> recognizers, UnaryOperator<List<Understanding>> fusion) {
        this.recognizers = List.copyOf(recognizers);
        this.fusion = fusion;
    }

    @Override
    public StageResult process(TurnContext turn) {
        if (recognizers.isEmpty()) return StageResult.idle("no recogniser configured");
        List<Understanding> all = new ArrayList<>();
        StringBuilder note = new StringBuilder();
        for (IntentRecognizer r : recognizers) {
            List<Understanding> found = r.recognize(turn);
            all.addAll(found);
            note.append(note.isEmpty() ? "" : ", ").append(r.name()).append(": ").append(found.size());
        }
        List<Understanding> fused = new ArrayList<>(fusion.apply(all));
        fused.sort(Comparator.comparingDouble(Understanding::confidence).reversed());
        turn.setHypotheses(fused);
        return StageResult.next(note + (fused.isEmpty() ? "; nothing understood"
                : "; best " + fused.get(0).intent() + String.format(" %.2f", fused.get(0).confidence())));
    }
}
