package io.xiaobu.chat.generation;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The transformer's arithmetic on plain NDArrays, used by training (weights from the parameter store) and
 * by the cached decoder (weights from the loaded parameters). With {@code past} keys/values it runs new
 * positions that see every cached position plus themselves (reply steps under the UniLM mask).
 */
final class UniLmMath {

    /** Hidden states and the keys/values of every position seen so far, per layer ({@code [B, H, T, dh]}). */
    record Encoded(NDArray hidden, List<NDArray> keys, List<NDArray> values) {
    }

    private final UniLmBlock block;
    private final Function<Parameter, NDArray> w;
    private final int heads;
    private final int dim;

    UniLmMath(UniLmBlock block, Function<Parameter, NDArray> weights) {
        this.block = block;
        this.w = weights;
        this.heads = block.settings.heads();
        this.dim = block.settings.dimension();
    }

    /**
     * Runs {@code ids [B,T]} at positions {@code start..start+T-1}. {@code mask [B,T,T]} (1 = may attend) is
     * used when there is no past; with a past (keys per layer) the new positions attend to all of it.
     */
    Encoded encode(NDArray ids, NDArray segs, NDArray mask, int start, Encoded past) {
        long b = ids.getShape().get(0);
        long t = ids.getShape().get(1);
        NDArray x = Embedding.embedding(ids, w.apply(block.tokens), SparseFormat.DENSE).singletonOrThrow()
                .add(Embedding.embedding(segs, w.apply(block.segments), SparseFormat.DENSE).singletonOrThrow())
                .add(owned(w.apply(block.positions).get(new NDIndex("{}:{}", start, start + t)), ids));
        NDArray bias = mask == null ? null : mask.sub(1f).mul(1e4f).expandDims(1);
        List<NDArray> keys = new ArrayList<>();
        List<NDArray> values = new ArrayList<>();
        for (int l = 0; l < block.layers.size(); l++) {
            UniLmBlock.Layer p = block.layers.get(l);
            NDArray h = norm(x, p.ln1Gamma(), p.ln1Beta());
            NDList qkv = h.matMul(w.apply(p.qkv())).add(w.apply(p.qkvBias())).split(3, 2);
            NDArray q = heads(qkv.get(0), b, t);
            NDArray k = heads(qkv.get(1), b, t);
            NDArray v = heads(qkv.get(2), b, t);
            if (past != null) {
                k = past.keys().get(l).concat(k, 2);
                v = past.values().get(l).concat(v, 2);
            }
            keys.add(k);
            values.add(v);
            NDArray scores = q.matMul(k.transpose(0, 1, 3, 2)).mul((float) (1.0 / Math.sqrt((double) dim / heads)));
            if (bias != null) {
                scores = scores.add(bias);
            }
            NDArray ctx = scores.softmax(-1).matMul(v).transpose(0, 2, 1, 3).reshape(b, t, dim);
            x = x.add(ctx.matMul(w.apply(p.out())).add(w.apply(p.outBias())));
            NDArray f = Activation.gelu(norm(x, p.ln2Gamma(), p.ln2Beta()).matMul(w.apply(p.up())).add(w.apply(p.upBias())));
            x = x.add(f.matMul(w.apply(p.down())).add(w.apply(p.downBias())));
        }
        return new Encoded(norm(x, block.finalGamma, block.finalBeta), keys, values);
    }

    /** Next-token logits of the selected positions: {@code hidden [B,T,d]}, {@code select [M]} flat indices → {@code [M,V]}. */
    NDArray selectedLogits(NDArray hidden, NDArray select) {
        NDArray index = select.reshape(-1, 1).repeat(1, dim);
        return logits(hidden.reshape(-1, dim).gather(index, 0));
    }

    /** Next-token logits of hidden states {@code [..., d]} (tied output embedding). */
    NDArray logits(NDArray hidden) {
        return hidden.matMul(owned(w.apply(block.tokens).transpose(), hidden));
    }

    /**
     * A view derived from a weight belongs to the weight's (long-lived) manager; hand it to the call's manager
     * so that it is freed with the call instead of piling up for the model's lifetime.
     */
    private static NDArray owned(NDArray derived, NDArray callArray) {
        derived.attach(callArray.getManager());
        return derived;
    }

    private NDArray norm(NDArray x, Parameter gamma, Parameter beta) {
        return LayerNorm.layerNorm(x, new Shape(dim), w.apply(gamma), w.apply(beta), 1e-5f).singletonOrThrow();
    }

    private NDArray heads(NDArray x, long b, long t) {
        return x.reshape(b, t, heads, dim / heads).transpose(0, 2, 1, 3);
    }
}
