package io.xiaobu.nlu.model;

/**
 * How to train.
 *
 * @param epochs       fine-tuning epochs over the labelled data
 * @param batchSize    utterances per step
 * @param learningRate peak Adam learning rate (cosine decay to 5% over the run)
 * @param mlmEpochs    masked-char pretraining epochs over the unlabelled corpus before fine-tuning (0 = none)
 * @param maxVocab     most frequent characters kept
 * @param seed         shuffling / masking seed
 * @param slotSwap     probability that a training utterance is seen, in an epoch, with its slot values
 *                     replaced by other values of the same intent and slot ({@link SlotValueSwap}; 0 = never)
 */
public record TrainOptions(int epochs, int batchSize, float learningRate, int mlmEpochs, int maxVocab, long seed,
                           double slotSwap) {

    public TrainOptions(int epochs, int batchSize, float learningRate, int mlmEpochs, int maxVocab, long seed) {
        this(epochs, batchSize, learningRate, mlmEpochs, maxVocab, seed, 0);
    }

    public static TrainOptions defaults(int epochs) {
        return new TrainOptions(epochs, 32, 2e-3f, 0, 6000, 20261121L);
    }

    public TrainOptions withMlmEpochs(int n) {
        return new TrainOptions(epochs, batchSize, learningRate, n, maxVocab, seed, slotSwap);
    }
}
