package io.xiaobu.chat.encoder;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
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
import io.xiaobu.chat.corpus.ChatPair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains a {@link DualEncoderBlock} on (post, reply) pairs with in-batch negatives: in a batch of B
 * pairs each post must pick its own reply among the B replies (and each reply its post), softmax
 * cross-entropy over scaled cosine similarities.
 */
public final class DualEncoderTrainer {

    /** Training knobs. */
    public record Settings(int dimension, int maxChars, int buckets, int maxLength, int batchSize, int epochs,
                           float learningRate, float scale, long seed) {

        public static Settings defaults() {
            return new Settings(96, 5000, 20000, 48, 128, 8, 0.002f, 20f, 20261121L);
        }
    }

    private DualEncoderTrainer() {
    }

    /** Trains on {@code pairs}, saves the model + tokenizer into {@code out}; {@code log} gets one line per epoch. */
    public static void train(List<ChatPair> pairs, Settings s, Path out, Consumer<String> log) throws IOException {
        List<String> texts = new ArrayList<>();
        pairs.forEach(p -> {
            texts.add(p.post());
            texts.add(p.reply());
        });
        CharTokenizer tokenizer = CharTokenizer.fit(texts, s.maxChars(), s.buckets(), s.maxLength());
        DualEncoderBlock block = new DualEncoderBlock(tokenizer.vocabularySize(), s.dimension());
        Random random = new Random(s.seed());
        List<ChatPair> order = new ArrayList<>(pairs);
        try (Model model = Model.newInstance(DualEncoderEmbedder.MODEL_NAME, "PyTorch")) {
            model.setBlock(block);
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(s.learningRate())).build())
                    .optInitializer(new NormalInitializer(0.05f), Parameter.Type.WEIGHT);
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(s.batchSize(), s.maxLength()), new Shape(s.batchSize(), s.maxLength()));
                for (int epoch = 1; epoch <= s.epochs(); epoch++) {
                    Collections.shuffle(order, random);
                    double total = 0;
                    int steps = 0;
                    long t0 = System.nanoTime();
                    for (int start = 0; start + s.batchSize() <= order.size(); start += s.batchSize()) {
                        List<ChatPair> batch = order.subList(start, start + s.batchSize());
                        try (NDManager m = trainer.getManager().newSubManager()) {
                            NDList posts = DualEncoderEmbedder.inputs(m, tokenizer, batch.stream().map(ChatPair::post).toList());
                            NDList replies = DualEncoderEmbedder.inputs(m, tokenizer, batch.stream().map(ChatPair::reply).toList());
                            NDArray labels = m.arange(0, batch.size(), 1, ai.djl.ndarray.types.DataType.INT64);
                            try (GradientCollector gc = trainer.newGradientCollector()) {
                                NDArray p = trainer.forward(posts).singletonOrThrow();
                                NDArray r = trainer.forward(replies).singletonOrThrow();
                                NDArray logits = p.matMul(r.transpose()).mul(s.scale());
                                NDArray loss = trainer.getLoss().evaluate(new NDList(labels), new NDList(logits))
                                        .add(trainer.getLoss().evaluate(new NDList(labels), new NDList(logits.transpose())));
                                gc.backward(loss);
                                total += loss.getFloat();
                            }
                            trainer.step();
                            steps++;
                        }
                    }
                    log.accept(String.format(java.util.Locale.ROOT, "epoch %d/%d loss %.4f (%d steps, %.1f s)", epoch,
                            s.epochs(), total / Math.max(1, steps), steps, (System.nanoTime() - t0) / 1e9));
                }
            }
            Files.createDirectories(out);
            model.save(out, DualEncoderEmbedder.MODEL_NAME);
        }
        tokenizer.save(out);
        Properties p = new Properties();
        p.setProperty("dimension", Integer.toString(s.dimension()));
        p.setProperty("pairs", Integer.toString(pairs.size()));
        try (var w = Files.newBufferedWriter(out.resolve(DualEncoderEmbedder.CONFIG_FILE))) {
            p.store(w, "chat dual encoder " + s);
        }
    }
}
