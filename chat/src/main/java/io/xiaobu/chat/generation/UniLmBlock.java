package io.xiaobu.chat.generation;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One pre-LayerNorm transformer over {@code [CLS] context [SEP] reply [SEP]} with token, position and
 * segment embeddings; the output projection is tied to the token embedding. Training input:
 * {@code (ids [B,T], segments [B,T], mask [B,T,T], select [M] flat indices into B*T)} → logits of the selected positions
 * {@code [M, V]}. The math itself is in {@link UniLmMath}, shared with the cached decoder.
 */
public final class UniLmBlock extends AbstractBlock {

    /** The parameters of one transformer layer. */
    record Layer(Parameter ln1Gamma, Parameter ln1Beta, Parameter qkv, Parameter qkvBias, Parameter out,
                 Parameter outBias, Parameter ln2Gamma, Parameter ln2Beta, Parameter up, Parameter upBias,
                 Parameter down, Parameter downBias) {
    }

    final GeneratorSettings settings;
    final int vocabularySize;
    final Parameter tokens;
    final Parameter positions;
    final Parameter segments;
    final Parameter finalGamma;
    final Parameter finalBeta;
    final List<Layer> layers = new ArrayList<>();

    public UniLmBlock(GeneratorSettings s, int vocabularySize) {
        this.settings = s;
        this.vocabularySize = vocabularySize;
        int d = s.dimension();
        tokens = param("tokens", Parameter.Type.WEIGHT, vocabularySize, d);
        positions = param("positions", Parameter.Type.WEIGHT, s.maxLength(), d);
        segments = param("segments", Parameter.Type.WEIGHT, 2, d);
        for (int i = 0; i < s.layers(); i++) {
            String p = "layer" + i + "_";
            layers.add(new Layer(param(p + "ln1_gamma", Parameter.Type.GAMMA, d), param(p + "ln1_beta", Parameter.Type.BETA, d),
                    param(p + "qkv", Parameter.Type.WEIGHT, d, 3 * d), param(p + "qkv_bias", Parameter.Type.BIAS, 3 * d),
                    param(p + "out", Parameter.Type.WEIGHT, d, d), param(p + "out_bias", Parameter.Type.BIAS, d),
                    param(p + "ln2_gamma", Parameter.Type.GAMMA, d), param(p + "ln2_beta", Parameter.Type.BETA, d),
                    param(p + "up", Parameter.Type.WEIGHT, d, 4 * d), param(p + "up_bias", Parameter.Type.BIAS, 4 * d),
                    param(p + "down", Parameter.Type.WEIGHT, 4 * d, d), param(p + "down_bias", Parameter.Type.BIAS, d)));
        }
        finalGamma = param("final_gamma", Parameter.Type.GAMMA, d);
        finalBeta = param("final_beta", Parameter.Type.BETA, d);
    }

    private Parameter param(String name, Parameter.Type type, long... shape) {
        return addParameter(Parameter.builder().setName(name).setType(type).optShape(new Shape(shape)).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        Function<Parameter, NDArray> w = p -> store.getValue(p, inputs.head().getDevice(), training);
        UniLmMath math = new UniLmMath(this, w);
        NDArray hidden = math.encode(inputs.get(0), inputs.get(1), inputs.get(2), 0, null).hidden();
        return new NDList(math.selectedLogits(hidden, inputs.get(3)));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(-1, vocabularySize)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        // no child blocks: every weight is a parameter of this block
    }
}
