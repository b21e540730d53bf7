package io.xiaobu.dialog.stage;

import io.xiaobu.dialog.pipeline.TurnContext;
import io.xiaobu.nlu.Understanding;

import java.util.List;

/** A source of intent hypotheses: the rule grammar, the multitask model, few-shot matching. */
public interface IntentRecognizer {

    /** A short name for the trace, e.g. {@code rules}. */
    String name();

    /** Hypotheses for the turn's normalised text, best first; empty when nothing fits. */
    List<Understanding> recognize(TurnContext turn);
}
