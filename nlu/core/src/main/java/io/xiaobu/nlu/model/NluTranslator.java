package io.xiaobu.nlu.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;

/** Encoded batch in, raw head outputs (as Java arrays) out; knows nothing about labels or strings. */
final class NluTranslator implements Translator<Encoder.Batch, NluTranslator.Raw> {

    /** Head outputs of a batch, row-major: logits per head, softmax not applied. */
    record Raw(int n, int len, float[] domain, float[] intent, float[] slot, float[] chat, float[] reject, float[] embedding) {
    }

    static NDList toNd(NDManager m, Encoder.Batch b) {
        NDList in = new NDList(
                m.create(b.chars(), new Shape(b.n(), b.len())),
                m.create(b.tags(), new Shape(b.n(), b.len())),
                m.create(b.feats(), new Shape(b.n(), AsrSignals.FEATURES)));
        if (b.words() != null) in.add(m.create(b.words(), new Shape(b.n(), b.len())));
        return in;
    }

    /** The encoder already builds whole batches: no extra batch axis. */
    @Override
    public Batchifier getBatchifier() {
        return null;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, Encoder.Batch b) {
        ctx.setAttachment("shape", b);
        return toNd(ctx.getNDManager(), b);
    }

    @Override
    public Raw processOutput(TranslatorContext ctx, NDList out) {
        Encoder.Batch b = (Encoder.Batch) ctx.getAttachment("shape");
        return new Raw(b.n(), b.len(),
                out.get(MultitaskNet.OUT_DOMAIN).toFloatArray(),
                out.get(MultitaskNet.OUT_INTENT).toFloatArray(),
                out.get(MultitaskNet.OUT_SLOT).toFloatArray(),
                out.get(MultitaskNet.OUT_CHAT).toFloatArray(),
                out.get(MultitaskNet.OUT_REJECT).toFloatArray(),
                out.get(MultitaskNet.OUT_EMBEDDING).toFloatArray());
    }
}
