package io.xiaobu.nlu.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.loss.Loss;

/**
 * Sum of masked softmax cross-entropies, one per head. Labels are int64 with −1 where a head has no
 * label for that utterance (or for a padded character), so datasets with different label sets share a loss.
 * Label order: domain, intent, slot (N, L), chat, reject, and during pretraining masked chars (N, L).
 */
final class MultitaskLoss extends Loss {

    private final boolean maskedLm;

    MultitaskLoss(boolean maskedLm) {
        super(maskedLm ? "mlm" : "multitask");
        this.maskedLm = maskedLm;
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        if (maskedLm) return ce(predictions.get(MultitaskNet.OUT_MLM), labels.get(5));
        NDArray total = ce(predictions.get(MultitaskNet.OUT_DOMAIN), labels.get(0))
                .add(ce(predictions.get(MultitaskNet.OUT_INTENT), labels.get(1)))
                .add(ce(predictions.get(MultitaskNet.OUT_SLOT), labels.get(2)))
                .add(ce(predictions.get(MultitaskNet.OUT_CHAT), labels.get(3)))
                .add(ce(predictions.get(MultitaskNet.OUT_REJECT), labels.get(4)));
        return total;
    }

    /** Mean cross-entropy over the positions whose label is ≥ 0 (0 when there are none). */
    static NDArray ce(NDArray logits, NDArray labels) {
        NDArray valid = labels.gte(0).toType(DataType.FLOAT32, false);
        NDArray safe = labels.maximum(0).expandDims(-1);
        NDArray picked = logits.logSoftmax(-1).gather(safe, -1).squeeze(-1);
        return picked.mul(valid).sum().neg().div(valid.sum().maximum(1f));
    }
}
