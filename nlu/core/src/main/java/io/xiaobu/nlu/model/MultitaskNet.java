package io.xiaobu.nlu.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv1d;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.core.Linear;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.nn.recurrent.LSTM;
import ai.djl.nn.transformer.IdEmbedding;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

import java.util.ArrayList;
import java.util.List;

/**
 * The network: one character-level backbone (char + entity-tag + position embeddings, optionally
 * word-boundary embeddings, residual dilated convolutions with layer norm, an optional residual BiLSTM,
 * mean+max pooling into a sentence embedding) and the heads that all read that single backbone pass.
 *
 * <p>Inputs: char ids (N, L) int64, entity-tag ids (N, L) int64, recogniser features (N, {@link AsrSignals#FEATURES}),
 * word-boundary ids (N, L) int64 (read only when the configuration asks for them).
 * Outputs, in order: domain (N, D), intent (N, I), slot tags (N, L, S), task-vs-chat (N, 2), reject (N, 2),
 * sentence embedding (N, E); during masked-char pretraining also MLM logits (N, L, V) tied to the char embedding.
 */
public final class MultitaskNet extends AbstractBlock {

    public static final int OUT_DOMAIN = 0, OUT_INTENT = 1, OUT_SLOT = 2, OUT_CHAT = 3, OUT_REJECT = 4, OUT_EMBEDDING = 5, OUT_MLM = 6;
    private static final int REJECT_HIDDEN = 32;

    private final ModelConfig cfg;
    private final int domains, intents, slotTags;
    private final IdEmbedding charEmb, tagEmb, posEmb, bigramEmb, wordEmb;
    private final LayerNorm inputNorm;
    private final List<Conv1d> convs = new ArrayList<>();
    private final List<LayerNorm> norms = new ArrayList<>();
    private final Dropout dropout;
    private final Linear pool, domainHead, intentHead, chatHead, rejectHidden, rejectOut, slotHead, mlmTransform;
    private final LayerNorm mlmNorm;
    private final LSTM lstm, lstmBack;
    private final LayerNorm lstmNorm;
    private volatile boolean mlm;

    public MultitaskNet(ModelConfig cfg, int vocabSize, int entityTypes, int domains, int intents, int slotTags) {
        super((byte) 1);
        this.cfg = cfg;
        this.domains = domains;
        this.intents = intents;
        this.slotTags = slotTags;
        int d = cfg.embedDim();
        charEmb = addChildBlock("char", new IdEmbedding.Builder().setDictionarySize(vocabSize).setEmbeddingSize(d).build());
        tagEmb = addChildBlock("tag", new IdEmbedding.Builder().setDictionarySize(Math.max(1, entityTypes)).setEmbeddingSize(d).build());
        posEmb = addChildBlock("pos", new IdEmbedding.Builder().setDictionarySize(cfg.maxLen()).setEmbeddingSize(d).build());
        bigramEmb = cfg.bigramBuckets() > 0
                ? addChildBlock("bigram", new IdEmbedding.Builder().setDictionarySize(cfg.bigramBuckets()).setEmbeddingSize(d).build()) : null;
        wordEmb = cfg.wordBoundaries()
                ? addChildBlock("word", new IdEmbedding.Builder().setDictionarySize(WordBoundaries.IDS).setEmbeddingSize(d).build()) : null;
        inputNorm = addChildBlock("inNorm", LayerNorm.builder().axis(2).build());
        for (int i = 0; i < cfg.layers(); i++) {
            int dil = 1 << i;
            convs.add(addChildBlock("conv" + i, Conv1d.builder().setKernelShape(new Shape(cfg.kernel())).setFilters(d)
                    .optPadding(new Shape((long) dil * (cfg.kernel() - 1) / 2)).optDilation(new Shape(dil)).build()));
            norms.add(addChildBlock("norm" + i, LayerNorm.builder().axis(2).build()));
        }
        // two one-way LSTMs instead of DJL's bidirectional flag, whose weight layout fails on the PyTorch engine
        lstm = cfg.lstmHidden() > 0 ? addChildBlock("lstm", LSTM.builder().setStateSize(cfg.lstmHidden()).setNumLayers(1)
                .optBatchFirst(true).optReturnState(false).build()) : null;
        lstmBack = cfg.lstmHidden() > 0 ? addChildBlock("lstmBack", LSTM.builder().setStateSize(cfg.lstmHidden()).setNumLayers(1)
                .optBatchFirst(true).optReturnState(false).build()) : null;
        lstmNorm = cfg.lstmHidden() > 0 ? addChildBlock("lstmNorm", LayerNorm.builder().axis(2).build()) : null;
        dropout = addChildBlock("dropout", Dropout.builder().optRate(cfg.dropout()).build());
        pool = addChildBlock("pool", Linear.builder().setUnits(d).build());
        domainHead = addChildBlock("domain", Linear.builder().setUnits(domains).build());
        intentHead = addChildBlock("intent", Linear.builder().setUnits(intents).build());
        chatHead = addChildBlock("chat", Linear.builder().setUnits(2).build());
        rejectHidden = addChildBlock("rejectHidden", Linear.builder().setUnits(REJECT_HIDDEN).build());
        rejectOut = addChildBlock("reject", Linear.builder().setUnits(2).build());
        slotHead = addChildBlock("slot", Linear.builder().setUnits(slotTags).build());
        mlmTransform = addChildBlock("mlm", Linear.builder().setUnits(d).build());
        mlmNorm = addChildBlock("mlmNorm", LayerNorm.builder().axis(2).build());
    }

    /** The ids of the reject head's weights (its hidden layer and output), for retraining that head alone. */
    java.util.Set<String> rejectHeadParameterIds() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        rejectHidden.getParameters().values().forEach(p -> ids.add(p.getId()));
        rejectOut.getParameters().values().forEach(p -> ids.add(p.getId()));
        return ids;
    }

    /** Switches the masked-char LM output on (pretraining) or off (fine-tuning and serving). */
    public void setMaskedLm(boolean on) {
        this.mlm = on;
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray chars = inputs.get(0);
        NDArray tags = inputs.get(1);
        NDArray asr = inputs.get(2);
        NDManager m = chars.getManager();
        int len = (int) chars.getShape().get(1);
        NDArray mask = chars.neq(0).toType(DataType.FLOAT32, false).expandDims(2);
        NDArray x = lookup(ps, charEmb, chars, training);
        if (cfg.entityTags()) x = x.add(lookup(ps, tagEmb, tags, training));
        if (bigramEmb != null) x = x.add(lookup(ps, bigramEmb, bigramIds(chars, cfg.bigramBuckets()), training));
        if (wordEmb != null) x = x.add(lookup(ps, wordEmb, inputs.get(3), training));
        NDArray positions = m.arange(0, len, 1, DataType.INT64).toDevice(chars.getDevice(), false);
        x = x.add(lookup(ps, posEmb, positions, training));
        x = drop(ps, inputNorm.forward(ps, new NDList(x), training).head(), training).mul(mask);
        for (int i = 0; i < convs.size(); i++) {
            NDArray y = convs.get(i).forward(ps, new NDList(x.transpose(0, 2, 1)), training).head().transpose(0, 2, 1);
            y = drop(ps, Activation.gelu(y), training);
            x = norms.get(i).forward(ps, new NDList(x.add(y)), training).head().mul(mask);
        }
        if (lstm != null) {
            NDArray fwd = lstm.forward(ps, new NDList(x), training).head();
            NDArray back = lstmBack.forward(ps, new NDList(x.flip(1)), training).head().flip(1);
            NDArray y = drop(ps, fwd.concat(back, 2), training);
            x = lstmNorm.forward(ps, new NDList(x.add(y)), training).head().mul(mask);
        }
        NDArray count = mask.sum(new int[]{1}).maximum(1f);
        NDArray mean = x.sum(new int[]{1}).div(count);
        NDArray max = x.add(mask.sub(1f).mul(1e4f)).max(new int[]{1});
        NDArray embedding = pool.forward(ps, new NDList(mean.concat(max, 1)), training).head().tanh();
        NDArray e = drop(ps, embedding, training);
        NDArray feats = cfg.asrSignals() ? asr : asr.zerosLike();
        NDArray rh = Activation.relu(rejectHidden.forward(ps, new NDList(e.concat(feats, 1)), training).head());
        NDList out = new NDList(
                domainHead.forward(ps, new NDList(e), training).head(),
                intentHead.forward(ps, new NDList(e), training).head(),
                slotHead.forward(ps, new NDList(drop(ps, x, training)), training).head(),
                chatHead.forward(ps, new NDList(e), training).head(),
                rejectOut.forward(ps, new NDList(rh), training).head(),
                embedding);
        if (mlm) {
            NDArray h = mlmNorm.forward(ps, new NDList(Activation.gelu(mlmTransform.forward(ps, new NDList(x), training).head())), training).head();
            out.add(h.matMul(charEmb.getValue(ps, chars.getDevice(), training).transpose()));
        }
        return out;
    }

    /**
     * The hashed id of the bigram each character starts (the last one pairs with padding), computed
     * from the char ids inside the network, so the input format stays the same.
     */
    static NDArray bigramIds(NDArray chars, int buckets) {
        long len = chars.getShape().get(1);
        NDArray next = len > 1 ? chars.get(":, 1:").concat(chars.get(":, :1").zerosLike(), 1) : chars.zerosLike();
        return chars.mul(1_000_003L).add(next).mod(buckets);
    }

    /**
     * Embedding lookup on the table an {@link IdEmbedding} holds. Its own forward temporarily re-attaches
     * the shared table to a per-call scope, which races when predictors run concurrently (the table gets
     * released); a plain lookup keeps the same weights and file format without that.
     */
    private static NDArray lookup(ParameterStore ps, IdEmbedding table, NDArray ids, boolean training) {
        return Embedding.embedding(ids, table.getValue(ps, ids.getDevice(), training), SparseFormat.DENSE).head();
    }

    private NDArray drop(ParameterStore ps, NDArray x, boolean training) {
        return training ? dropout.forward(ps, new NDList(x), true).head() : x;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] in) {
        long n = in[0].get(0), l = in[0].get(1);
        int d = cfg.embedDim();
        return new Shape[]{new Shape(n, domains), new Shape(n, intents), new Shape(n, l, slotTags), new Shape(n, 2),
                new Shape(n, 2), new Shape(n, d)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... in) {
        long n = in[0].get(0), l = in[0].get(1);
        int d = cfg.embedDim();
        Shape ids = new Shape(n, l), hidden = new Shape(n, l, d), vec = new Shape(n, d);
        charEmb.initialize(manager, dataType, ids);
        tagEmb.initialize(manager, dataType, ids);
        posEmb.initialize(manager, dataType, new Shape(l));
        if (bigramEmb != null) bigramEmb.initialize(manager, dataType, ids);
        if (wordEmb != null) wordEmb.initialize(manager, dataType, ids);
        inputNorm.initialize(manager, dataType, hidden);
        for (int i = 0; i < convs.size(); i++) {
            convs.get(i).initialize(manager, dataType, new Shape(n, d, l));
            norms.get(i).initialize(manager, dataType, hidden);
        }
        dropout.initialize(manager, dataType, hidden);
        if (lstm != null) {
            lstm.initialize(manager, dataType, hidden);
            lstmBack.initialize(manager, dataType, hidden);
            lstmNorm.initialize(manager, dataType, hidden);
        }
        pool.initialize(manager, dataType, new Shape(n, 2L * d));
        domainHead.initialize(manager, dataType, vec);
        intentHead.initialize(manager, dataType, vec);
        chatHead.initialize(manager, dataType, vec);
        rejectHidden.initialize(manager, dataType, new Shape(n, d + AsrSignals.FEATURES));
        rejectOut.initialize(manager, dataType, new Shape(n, REJECT_HIDDEN));
        slotHead.initialize(manager, dataType, hidden);
        mlmTransform.initialize(manager, dataType, hidden);
        mlmNorm.initialize(manager, dataType, hidden);
    }
}
