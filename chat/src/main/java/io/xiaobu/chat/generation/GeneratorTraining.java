package io.xiaobu.chat.generation;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

/**
 * One training run of the generator: Adam with warm-up then cosine decay, next-char cross-entropy on reply
 * positions only, length-bucketed batches. Can start from saved weights (the IFD second pass does).
 */
public final class GeneratorTraining implements Closeable {

    /** Knobs of one pass. */
    public record Schedule(int epochs, int batchSize, float learningRate, int warmUpSteps, long seed) {
    }

    static final String MODEL_NAME = "generator";

    private final GeneratorSettings settings;
    private final GenVocab vocab;
    private final SequenceEncoder encoder;
    private final Model model;
    private final Trainer trainer;
    private final Schedule schedule;
    private final Random random;

    private GeneratorTraining(GeneratorSettings settings, GenVocab vocab, Path initFrom, Schedule schedule, int steps)
            throws IOException {
        this.settings = settings;
        this.vocab = vocab;
        this.encoder = new SequenceEncoder(vocab, settings);
        this.schedule = schedule;
        this.random = new Random(schedule.seed());
        this.model = Model.newInstance(MODEL_NAME, "PyTorch");
        model.setBlock(new UniLmBlock(settings, vocab.size()));
        if (initFrom != null) {
            try {
                model.load(initFrom, MODEL_NAME);
            } catch (ai.djl.MalformedModelException e) {
                throw new IOException("cannot load generator weights from " + initFrom, e);
            }
        }
        Tracker lr = Tracker.warmUp().optWarmUpBeginValue(schedule.learningRate() / 20).optWarmUpSteps(schedule.warmUpSteps())
                .setMainTracker(Tracker.cosine().setBaseValue(schedule.learningRate())
                        .optFinalValue(schedule.learningRate() / 10).setMaxUpdates(Math.max(1, steps)).build())
                .build();
        DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                .optOptimizer(Optimizer.adam().optLearningRateTracker(lr).optClipGrad(1f).build())
                .optInitializer(new NormalInitializer(0.02f), Parameter.Type.WEIGHT);
        this.trainer = model.newTrainer(config);
        trainer.initialize(new Shape(2, 8), new Shape(2, 8), new Shape(2, 8, 8), new Shape(4));
    }

    /** A run over {@code examples} for {@code schedule}, from scratch or from the weights in {@code initFrom}. */
    public static GeneratorTraining start(GeneratorSettings settings, GenVocab vocab, Path initFrom, Schedule schedule,
                                          int examples) throws IOException {
        int steps = schedule.epochs() * Math.max(1, examples / schedule.batchSize());
        return new GeneratorTraining(settings, vocab, initFrom, schedule, steps);
    }

    /** Opens a saved generator for scoring (perplexity, IFD) or further training. */
    public static GeneratorTraining open(Path dir, Schedule schedule) throws IOException {
        return new GeneratorTraining(GeneratorSettings.load(dir), GenVocab.load(dir), dir, schedule, 1);
    }

    public GenVocab vocab() {
        return vocab;
    }

    /** Trains every epoch of the schedule; {@code log} gets a line every {@code every} steps and per epoch. */
    public void train(List<GenExample> examples, int every, Consumer<String> log) {
        List<SequenceEncoder.Encoded> all = examples.stream().map(encoder::encode).filter(e -> e.lossCount() > 0).toList();
        int perEpoch = (all.size() + schedule.batchSize() - 1) / schedule.batchSize();
        int total = perEpoch * schedule.epochs();
        long t0 = System.nanoTime();
        int done = 0;
        for (int epoch = 1; epoch <= schedule.epochs(); epoch++) {
            double sum = 0;
            long tokens = 0;
            double windowSum = 0;
            long windowTokens = 0;
            for (List<SequenceEncoder.Encoded> batch : batches(all)) {
                try (NDManager m = trainer.getManager().newSubManager()) {
                    GenBatch b = new GenBatch(m, batch);
                    try (GradientCollector gc = trainer.newGradientCollector()) {
                        NDArray nll = b.nll(trainer.forward(b.inputs).singletonOrThrow());
                        NDArray loss = nll.mean();
                        gc.backward(loss);
                        long n = nll.size();
                        double l = loss.getFloat() * n;
                        sum += l;
                        tokens += n;
                        windowSum += l;
                        windowTokens += n;
                    }
                    trainer.step();
                }
                done++;
                if (done % every == 0) {
                    double elapsed = (System.nanoTime() - t0) / 1e9;
                    log.accept(String.format(Locale.ROOT, "epoch %d/%d step %d/%d loss %.3f (%.1f s, ETA %.0f s)",
                            epoch, schedule.epochs(), done, total, windowSum / Math.max(1, windowTokens), elapsed,
                            elapsed / done * (total - done)));
                    windowSum = 0;
                    windowTokens = 0;
                }
            }
            log.accept(String.format(Locale.ROOT, "epoch %d/%d done: mean loss %.3f per reply char, %.1f s", epoch,
                    schedule.epochs(), sum / Math.max(1, tokens), (System.nanoTime() - t0) / 1e9));
        }
    }

    /** Mean next-char loss of each example's reply (NaN when it has no reply position). */
    public double[] replyLoss(List<GenExample> examples) {
        return LossScorer.meanLoss(trainer, encoder, examples, schedule.batchSize());
    }

    /** Saves the weights, vocabulary and settings into {@code dir} (its old weight files are replaced). */
    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path p : old.filter(p -> p.getFileName().toString().endsWith(".params")).toList()) {
                Files.delete(p);
            }
        }
        model.save(dir, MODEL_NAME);
        vocab.save(dir);
        settings.save(dir);
    }

    private List<List<SequenceEncoder.Encoded>> batches(List<SequenceEncoder.Encoded> all) {
        List<SequenceEncoder.Encoded> order = new ArrayList<>(all);
        Collections.shuffle(order, random);
        int chunk = schedule.batchSize() * 32; // sort by length inside chunks: little padding, still shuffled
        List<List<SequenceEncoder.Encoded>> out = new ArrayList<>();
        for (int c = 0; c < order.size(); c += chunk) { // chunk is a multiple of the batch: only the last batch is short
            List<SequenceEncoder.Encoded> part = new ArrayList<>(order.subList(c, Math.min(order.size(), c + chunk)));
            part.sort(Comparator.comparingInt(SequenceEncoder.Encoded::length));
            for (int s = 0; s < part.size(); s += schedule.batchSize()) {
                out.add(part.subList(s, Math.min(part.size(), s + schedule.batchSize())));
            }
        }
        Collections.shuffle(out, random);
        return out;
    }

    @Override
    public void close() {
        trainer.close();
        model.close();
    }
}
