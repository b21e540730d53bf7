package io.xiaobu.nlu.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.transformer.IdEmbedding;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A linear model over a bag of character n-grams: each n-gram id (N, L) looks up one weight per label,
 * the weights of an utterance's n-grams are summed (id 0 is padding and adds nothing) into the logits
 * (N, labels) of the domain and intent labels side by side. The n-gram every utterance has (its start
 * mark) plays the bias.
 */
final class NgramNet extends AbstractBlock {

    private final IdEmbedding weights;
    private final int labels;

    NgramNet(int ngrams, int labels) {
        this.labels = labels;
        weights = addChildBlock("weights", new IdEmbedding.Builder().setDictionarySize(ngrams + 1).setEmbeddingSize(labels).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray ids = inputs.head();
        NDArray mask = ids.neq(0).toType(DataType.FLOAT32, false).expandDims(2);
        NDArray rows = Embedding.embedding(ids, weights.getValue(ps, ids.getDevice(), training), SparseFormat.DENSE).head();
        return new NDList(rows.mul(mask).sum(new int[]{1}));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] in) {
        return new Shape[]{new Shape(in[0].get(0), labels)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... in) {
        weights.initialize(manager, dataType, in[0]);
    }
}
