package io.xiaobu.nlu.model;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import ai.djl.training.optimizer.Optimizer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Adagrad with a fixed learning rate on dense gradients: each weight's step is the learning rate over
 * the root of its summed squared gradients, so rare n-grams keep large steps while frequent ones settle.
 * DJL's own {@code Adagrad} turns gradients into row-sparse arrays, which the PyTorch engine does not have.
 * Zeroes the weight's gradient after the step, as DJL's built-in optimisers do.
 */
final class DenseAdagrad extends Optimizer {

    /**
     * Added to the sum of squares under the root: a weight whose first gradient is tiny (a class already
     * ruled out) takes a tiny step, not a full one as with the epsilon outside the root.
     */
    private static final float EPSILON = 1e-8f;

    private final float learningRate;
    private final Map<String, Map<Device, NDArray>> history = new ConcurrentHashMap<>();

    DenseAdagrad(float learningRate) {
        super(new Builder());
        this.learningRate = learningRate;
    }

    @Override
    public void update(String parameterId, NDArray weight, NDArray grad) {
        NDArray sumOfSquares = withDefaultState(history, parameterId, weight.getDevice(), k -> weight.zerosLike());
        try (NDScope ignored = new NDScope()) { // frees this step's temporaries
            NDArray g = grad.mul(rescaleGrad);
            sumOfSquares.addi(g.square());
            weight.subi(g.mul(learningRate).div(sumOfSquares.add(EPSILON).sqrt()));
            Gradients.zero(weight);
        }
    }

    private static final class Builder extends OptimizerBuilder<Builder> {
        @Override
        protected Builder self() {
            return this;
        }
    }
}
