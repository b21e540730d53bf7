package io.xiaobu.chat.encoder;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.core.Linear;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * (ids, mask) → L2-normalised sentence vector: token embeddings, masked mean, linear projection.
 * Knows nothing about strings ({@link CharTokenizer} does).
 */
public final class DualEncoderBlock extends AbstractBlock {

    private final int dimension;
    private final Parameter embedding;
    private final Linear projection;

    public DualEncoderBlock(int vocabularySize, int dimension) {
        this.dimension = dimension;
        this.embedding = addParameter(Parameter.builder().setName("embedding").setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(vocabularySize, dimension)).build());
        this.projection = addChildBlock("projection", Linear.builder().setUnits(dimension).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray ids = inputs.get(0);
        NDArray mask = inputs.get(1);
        NDArray weight = store.getValue(embedding, ids.getDevice(), training);
        NDArray tokens = Embedding.embedding(ids, weight, SparseFormat.DENSE).singletonOrThrow();
        NDArray summed = tokens.mul(mask.expandDims(2)).sum(new int[] {1});
        NDArray pooled = summed.div(mask.sum(new int[] {1}, true).maximum(1f));
        NDArray projected = projection.forward(store, new NDList(pooled), training).singletonOrThrow();
        NDArray norm = projected.norm(new int[] {1}, true).add(1e-6f);
        return new NDList(projected.div(norm));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), dimension)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        projection.initialize(manager, dataType, new Shape(inputShapes[0].get(0), dimension));
    }
}
