package io.xiaobu.chat.generation;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.NormalInitializer;
import org.junit.jupiter.api.Test;

/** The UniLM mask: bidirectional over the context, left-to-right over the reply, checked on the mask and on the network. */
class UniLmMaskTest {

    static final GeneratorSettings TINY = new GeneratorSettings(100, 32, 2, 2, 24, 10, 10);

    @Test
    void contextSeesContextOnlyAndReplySeesContextAndItsPast() {
        int[] segs = {0, 0, 0, 0, 1, 1, 1, 1};   // [CLS] a b [SEP] x y z [SEP], then padding
        int length = 8;
        assertThat(UniLmMask.allowed(segs, length, 1, 3)).isTrue();   // context → later context
        assertThat(UniLmMask.allowed(segs, length, 2, 4)).isFalse();  // context ↛ reply
        assertThat(UniLmMask.allowed(segs, length, 5, 2)).isTrue();   // reply → context
        assertThat(UniLmMask.allowed(segs, length, 5, 5)).isTrue();   // reply → itself
        assertThat(UniLmMask.allowed(segs, length, 5, 6)).isFalse();  // reply ↛ later reply
        assertThat(UniLmMask.allowed(new int[] {0, 0, 1, 1, 1}, 3, 2, 3)).isFalse(); // nobody sees padding
        float[] m = new float[64];
        UniLmMask.fill(segs, length, 8, m, 0);
        assertThat(m[5 * 8 + 6]).isZero();
        assertThat(m[6 * 8 + 5]).isEqualTo(1f);
    }

    @Test
    void changingALaterReplyTokenLeavesEveryEarlierPositionUnchanged() {
        try (NDManager m = NDManager.newBaseManager()) {
            UniLmMath math = initialised(m);
            long[] a = {2, 10, 11, 12, 3, 20, 21, 22, 3};
            long[] b = a.clone();
            b[7] = 40;                                     // a later reply char differs
            NDArray ha = hidden(m, math, a);
            NDArray hb = hidden(m, math, b);
            NDIndex before = new NDIndex(":, 0:7, :");
            assertThat(ha.get(before).allClose(hb.get(before), 1e-5, 1e-6, false)).isTrue();
            assertThat(ha.get(new NDIndex(":, 7:, :")).allClose(hb.get(new NDIndex(":, 7:, :")), 1e-5, 1e-6, false)).isFalse();
        }
    }

    @Test
    void cachedStepByStepDecodingEqualsTheFullMaskedForward() {
        try (NDManager m = NDManager.newBaseManager()) {
            UniLmMath math = initialised(m);
            long[] seq = {2, 10, 11, 12, 3, 20, 21, 22};
            NDArray full = hidden(m, math, seq);
            int prefix = 5;
            long[] ctx = java.util.Arrays.copyOf(seq, prefix);
            UniLmMath.Encoded enc = math.encode(m.create(ctx, new Shape(1, prefix)), m.zeros(new Shape(1, prefix), DataType.INT64),
                    m.ones(new Shape(1, prefix, prefix)), 0, null);
            assertThat(enc.hidden().allClose(full.get(new NDIndex(":, 0:5, :")), 1e-4, 1e-5, false)).isTrue();
            for (int p = prefix; p < seq.length; p++) {
                enc = math.encode(m.create(new long[] {seq[p]}, new Shape(1, 1)), m.ones(new Shape(1, 1), DataType.INT64), null, p, enc);
                assertThat(enc.hidden().allClose(full.get(new NDIndex(":, {}:{}, :", p, p + 1)), 1e-4, 1e-5, false)).isTrue();
            }
        }
    }

    static UniLmMath initialised(NDManager m) {
        UniLmBlock block = new UniLmBlock(TINY, 50);
        block.setInitializer(new NormalInitializer(0.5f), Parameter.Type.WEIGHT);
        block.initialize(m, DataType.FLOAT32, new Shape(1, 8), new Shape(1, 8), new Shape(1, 8, 8), new Shape(8));
        return new UniLmMath(block, Parameter::getArray);
    }

    private static NDArray hidden(NDManager m, UniLmMath math, long[] ids) {
        int t = ids.length;
        int[] segs = new int[t];
        long[] segIds = new long[t];
        for (int i = 5; i < t; i++) {
            segs[i] = 1;
            segIds[i] = 1;
        }
        float[] mask = new float[t * t];
        UniLmMask.fill(segs, t, t, mask, 0);
        return math.encode(m.create(ids, new Shape(1, t)), m.create(segIds, new Shape(1, t)), m.create(mask, new Shape(1, t, t)),
                0, null).hidden();
    }
}
