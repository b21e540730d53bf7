package io.xiaobu.chat.generation;

import ai.djl.ndarray.NDManager;
import ai.djl.training.Trainer;
import java.util.ArrayList;
import java.util.List;

/** Per-example mean next-char loss of the reply (no gradients): for IFD and perplexity. */
final class LossScorer {

    private LossScorer() {
    }

    static double[] meanLoss(Trainer trainer, SequenceEncoder encoder, List<GenExample> examples, int batchSize) {
        double[] out = new double[examples.size()];
        List<SequenceEncoder.Encoded> seqs = new ArrayList<>();
        examples.forEach(e -> seqs.add(encoder.encode(e)));
        for (int start = 0; start < seqs.size(); start += batchSize) {
            List<SequenceEncoder.Encoded> part = seqs.subList(start, Math.min(seqs.size(), start + batchSize));
            try (NDManager m = trainer.getManager().newSubManager()) {
                GenBatch b = new GenBatch(m, part);
                float[] nll = b.nll(trainer.evaluate(b.inputs).singletonOrThrow()).toFloatArray();
                int k = 0;
                for (int i = 0; i < part.size(); i++) {
                    double s = 0;
                    for (int j = 0; j < b.counts[i]; j++) {
                        s += nll[k++];
                    }
                    out[start + i] = b.counts[i] == 0 ? Double.NaN : s / b.counts[i];
                }
            }
        }
        return out;
    }
}
