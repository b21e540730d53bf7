package io.xiaobu.nlu.model;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.Trainer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Masked-character language modelling on unlabelled text: 15 % of the known characters of each
 * utterance are replaced by the mask id and the network predicts them from the rest, through an output
 * tied to the char embedding ({@link MultitaskNet#setMaskedLm}). Used by {@link BackboneTrainer} on all
 * the text of the data dir and by {@link NluTrainer} on a run's own corpus.
 */
final class MaskedCharPretraining {

    static final double MASK_RATE = 0.15;

    private MaskedCharPretraining() {
    }

    /**
     * Runs {@code epochs} epochs over {@code corpus} (shuffled per epoch) and calls {@code afterEpoch}
     * with the epoch number (counted from {@code firstEpoch}) after each.
     *
     * @return the mean loss of each epoch run
     */
    static List<Double> run(Model model, MultitaskNet net, Encoder enc, List<String> corpus, int firstEpoch, int lastEpoch,
                            TrainOptions options, Consumer<String> progress, IntConsumer afterEpoch) {
        List<Double> losses = new ArrayList<>();
        if (firstEpoch > lastEpoch || corpus.isEmpty()) return losses;
        net.setMaskedLm(true);
        int perEpoch = (corpus.size() + options.batchSize() - 1) / options.batchSize();
        try (Trainer trainer = model.newTrainer(NluTrainer.trainingConfig(true, options.learningRate(),
                (lastEpoch - firstEpoch + 1) * perEpoch))) {
            trainer.initialize(NluModel.inputShapes());
            Random rnd = new Random(options.seed() + firstEpoch);
            for (int ep = firstEpoch; ep <= lastEpoch; ep++) {
                long e0 = System.nanoTime();
                List<String> shuffled = new ArrayList<>(corpus);
                Collections.shuffle(shuffled, rnd);
                double total = 0;
                int batches = 0;
                for (int b = 0; b < shuffled.size(); b += options.batchSize()) {
                    List<String> texts = shuffled.subList(b, Math.min(shuffled.size(), b + options.batchSize()));
                    total += step(trainer, enc.encode(texts, null, null), rnd);
                    batches++;
                    if (batches % 200 == 0) {
                        progress.accept(String.format(Locale.ROOT, "  mlm epoch %d step %d/%d  loss %.4f  %.0fs", ep, batches,
                                perEpoch, total / batches, (System.nanoTime() - e0) / 1e9));
                    }
                }
                losses.add(total / Math.max(1, batches));
                progress.accept(String.format(Locale.ROOT, "mlm epoch %d/%d  loss %.4f  %.1fs", ep, lastEpoch,
                        total / Math.max(1, batches), (System.nanoTime() - e0) / 1e9));
                afterEpoch.accept(ep);
            }
        } finally {
            net.setMaskedLm(false);
        }
        return losses;
    }

    private static double step(Trainer trainer, Encoder.Batch batch, Random rnd) {
        long[] target = new long[batch.chars().length];
        long[] input = batch.chars().clone();
        for (int k = 0; k < input.length; k++) {
            target[k] = -1;
            if (input[k] > Vocabulary.MASK && rnd.nextDouble() < MASK_RATE) {
                target[k] = input[k];
                input[k] = Vocabulary.MASK;
            }
        }
        try (NDManager m = trainer.getManager().newSubManager()) {
            long[] none = new long[batch.n()];
            Arrays.fill(none, -1);
            NDArray noneArr = m.create(none);
            NDArray noSlots = m.create(new long[batch.chars().length]).sub(1).reshape(batch.n(), batch.len());
            NDList labels = new NDList(noneArr, noneArr, noSlots, noneArr, noneArr, m.create(target, new Shape(batch.n(), batch.len())));
            return NluTrainer.step(trainer, NluTranslator.toNd(m, batch.withChars(input)), labels);
        }
    }
}
