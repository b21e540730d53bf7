package io.xiaobu.chat.generation;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;

/**
 * Padded tensors of a few encoded sequences: the block's inputs {@code (ids, segments, mask, select)} and
 * the targets of the selected positions, in row-major order (each sequence's loss positions contiguous).
 */
final class GenBatch {

    final NDList inputs;
    final NDArray targets;
    final int[] counts;

    GenBatch(NDManager m, List<SequenceEncoder.Encoded> seqs) {
        int b = seqs.size();
        int t = seqs.stream().mapToInt(SequenceEncoder.Encoded::length).max().orElse(1);
        long[] ids = new long[b * t];
        long[] segs = new long[b * t];
        float[] mask = new float[b * t * t];
        
        counts = new int[b];
        int m0 = seqs.stream().mapToInt(SequenceEncoder.Encoded::lossCount).sum();
        long[] tg = new long[m0];
        long[] select = new long[m0];
        int k = 0;
        for (int i = 0; i < b; i++) {
            SequenceEncoder.Encoded s = seqs.get(i);
            int[] padded = new int[t];
            java.util.Arrays.fill(padded, 1);
            for (int p = 0; p < t; p++) {
                ids[i * t + p] = p < s.length() ? s.ids()[p] : GenVocab.PAD;
                padded[p] = p < s.length() ? s.segments()[p] : 1;
                segs[i * t + p] = padded[p];
            }
            UniLmMask.fill(padded, s.length(), t, mask, i * t * t);
            for (int p = s.lossFrom(); p < s.lossTo(); p++) {
                select[k] = (long) i * t + p;
                tg[k++] = s.ids()[p + 1];
            }
            counts[i] = s.lossCount();
        }
        inputs = new NDList(m.create(ids, new Shape(b, t)), m.create(segs, new Shape(b, t)),
                m.create(mask, new Shape(b, t, t)), m.create(select, new Shape(m0)));
        targets = m.create(tg, new Shape(m0, 1));
    }

    /** Negative log-likelihood of each target {@code [M]} given the logits of the selected positions. */
    NDArray nll(NDArray logits) {
        return logits.logSoftmax(-1).gather(targets, 1).reshape(-1).neg();
    }
}
