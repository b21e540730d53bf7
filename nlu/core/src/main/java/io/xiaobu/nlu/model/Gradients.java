package io.xiaobu.nlu.model;

import ai.djl.ndarray.NDArray;

/** What a hand-written DJL optimiser owes the PyTorch engine. */
final class Gradients {

    private Gradients() {
    }

    /**
     * Zeroes the gradient PyTorch keeps on {@code weight}: it adds each backward pass's gradients to the
     * last ones until they are zeroed. DJL's built-in optimisers do this inside their fused update; the
     * {@code grad} an {@code Optimizer.update} receives is a copy, so zeroing that does nothing.
     */
    static void zero(NDArray weight) {
        NDArray accumulated = weight.getGradient();
        accumulated.subi(accumulated);
    }
}
