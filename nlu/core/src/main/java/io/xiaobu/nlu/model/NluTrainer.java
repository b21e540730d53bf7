package io.xiaobu.nlu.model;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.tracker.CosineTracker;
import io.xiaobu.nlu.data.EntityLexicon;
import io.xiaobu.nlu.data.EntityTagger;
import io.xiaobu.nlu.data.NluExample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Trains a {@link MultitaskNet}: optional masked-char pretraining on unlabelled text, then joint
 * fine-tuning of every head. After each epoch the weights, vocabulary, labels and the epoch number go
 * to {@code <out>/checkpoint}; a new run with the same output folder resumes after the last finished
 * epoch (optimizer moments restart). The finished model is written to {@code <out>}.
 */
public final class NluTrainer {

    private final ModelConfig config;
    private final TrainOptions options;
    private final Consumer<String> progress;
    private final Backbone backbone;

    public NluTrainer(ModelConfig config, TrainOptions options, Consumer<String> progress) {
        this(config, options, progress, null);
    }

    /**
     * @param backbone a pretrained backbone ({@link BackboneTrainer}) the network starts from, or {@code null}
     *                 for random initialisation; its characters join the vocabulary
     */
    public NluTrainer(ModelConfig config, TrainOptions options, Consumer<String> progress, Backbone backbone) {
        if (backbone != null) backbone.checkCompatible(config);
        this.config = config;
        this.options = options;
        this.progress = progress;
        this.backbone = backbone;
    }

    /**
     * @param corpus extra unlabelled text for masked-char pretraining (and the vocabulary); may be empty
     * @return facts about the run for the model card (epochs, seconds, dev accuracy per epoch)
     */
    public Map<String, Object> train(List<NluExample> train, List<NluExample> dev, EntityTagger tagger,
                                     List<String> corpus, Path out) throws IOException {
        Path ckpt = out.resolve("checkpoint");
        Files.createDirectories(ckpt);
        Path state = ckpt.resolve("epoch.txt");
        int done = Files.exists(state) ? Integer.parseInt(Files.readString(state).strip()) : 0;
        TrainingLabels labels = TrainingLabels.of(train);
        Vocabulary vocab;
        ModelMeta meta;
        if (done > 0) {
            vocab = Vocabulary.load(ckpt.resolve(NluModel.VOCAB));
            meta = ModelMeta.load(ckpt);
            progress.accept("resuming after fine-tuning epoch " + done + " from " + ckpt);
        } else {
            List<String> texts = new ArrayList<>();
            train.forEach(e -> texts.add(e.text()));
            texts.addAll(corpus);
            vocab = Vocabulary.build(texts, 1, options.maxVocab());
            if (backbone != null) vocab = vocab.extendedWith(backbone.vocabulary(), options.maxVocab());
            meta = new ModelMeta(config, labels.domains(), labels.intents(), labels.slotTags(),
                    tagger.types().isEmpty() ? EntityLexicon.DATASET_TYPES : tagger.types(), labels.heads(), Map.of(),
                    labels.slotsByIntent());
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("train_utterances", train.size());
        info.put("dev_utterances", dev.size());
        info.put("vocab", vocab.size());
        long t0 = System.nanoTime();
        List<String[]> trainTags = train.stream().map(e -> tagger.tag(e.text())).toList();
        List<String[]> devTags = dev.stream().map(e -> tagger.tag(e.text())).toList();
        Encoder enc = new Encoder(vocab, meta.entityTypes(), config);
        SlotValueSwap swap = SlotValueSwap.of(train);
        if (options.slotSwap() > 0) info.put("slot_swap", options.slotSwap());
        MultitaskNet net = NluModel.newNet(meta, vocab);
        try (Model model = Model.newInstance(NluModel.NAME, "PyTorch")) {
            model.setBlock(net);
            if (done > 0) loadParams(model, ckpt);
            Shape[] shapes = NluModel.inputShapes();
            if (done == 0 && backbone != null) {
                net.initialize(model.getNDManager(), DataType.FLOAT32, shapes);
                int copied = backbone.copyInto(net, vocab);
                progress.accept("started from the pretrained backbone " + backbone.name() + " (" + copied + " parameter arrays)");
                info.put("backbone", backbone.name());
            }
            if (done == 0 && options.mlmEpochs() > 0 && !corpus.isEmpty()) {
                MaskedCharPretraining.run(model, net, enc, corpus, 1, options.mlmEpochs(), options, progress, ep -> { });
                info.put("mlm_epochs", options.mlmEpochs());
                info.put("mlm_corpus_lines", corpus.size());
            }
            List<Double> devAcc = new ArrayList<>();
            int steps = Math.max(1, (options.epochs() - done) * ((train.size() + options.batchSize() - 1) / options.batchSize()));
            try (Trainer trainer = model.newTrainer(trainingConfig(false, options.learningRate(), steps))) {
                trainer.initialize(shapes);
                Random rnd = new Random(options.seed() + done);
                for (int epoch = done + 1; epoch <= options.epochs(); epoch++) {
                    long e0 = System.nanoTime();
                    double loss = epoch(trainer, enc, labels, train, trainTags, swap, tagger, rnd);
                    double acc = dev.isEmpty() ? Double.NaN : devIntentAccuracy(trainer, enc, labels, dev, devTags);
                    devAcc.add(acc);
                    progress.accept(String.format(java.util.Locale.ROOT, "epoch %d/%d  loss %.4f  dev intent acc %.4f  %.1fs",
                            epoch, options.epochs(), loss, acc, (System.nanoTime() - e0) / 1e9));
                    save(model, vocab, meta, ckpt, epoch);
                    Files.writeString(state, String.valueOf(epoch));
                }
            }
            info.put("epochs", options.epochs());
            info.put("dev_intent_accuracy_per_epoch", devAcc);
            info.put("train_seconds", Math.round((System.nanoTime() - t0) / 1e9));
            info.put("parameters", model.getBlock().getParameters().values().stream().mapToLong(p -> p.getArray().size()).sum());
            save(model, vocab, meta.withInfo(info), out, options.epochs());
            if (labels.heads().contains("slot")) {
                SlotTransitions.count(train, meta.slotTags(), SlotTransitions.DEFAULT_WEIGHT, "the training set").save(out);
            }
        }
        return info;
    }

    private double epoch(Trainer trainer, Encoder enc, TrainingLabels labels, List<NluExample> train, List<String[]> tags,
                         SlotValueSwap swap, EntityTagger tagger, Random rnd) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) order.add(i);
        java.util.Collections.shuffle(order, rnd);
        double total = 0;
        int batches = 0;
        for (int b = 0; b < order.size(); b += options.batchSize()) {
            List<Integer> idx = order.subList(b, Math.min(order.size(), b + options.batchSize()));
            List<NluExample> ex = new ArrayList<>(idx.size());
            List<String[]> exTags = new ArrayList<>(idx.size());
            for (int i : idx) {
                NluExample e = train.get(i);
                NluExample swapped = options.slotSwap() > 0 && rnd.nextDouble() < options.slotSwap() ? swap.swap(e, rnd) : e;
                ex.add(swapped);
                exTags.add(swapped == e ? tags.get(i) : tagger.tag(swapped.text()));
            }
            Encoder.Batch batch = enc.encode(ex.stream().map(NluExample::text).toList(), exTags,
                    ex.stream().map(NluExample::asr).toList());
            try (NDManager m = trainer.getManager().newSubManager()) {
                total += step(trainer, NluTranslator.toNd(m, batch), labelsOf(m, labels, ex, batch.len()));
                batches++;
            }
            if (batches % 50 == 0) progress.accept("  step " + batches + "  loss " + String.format(java.util.Locale.ROOT, "%.4f", total / batches));
        }
        return total / Math.max(1, batches);
    }

    /** One optimisation step; returns the batch loss. */
    static double step(Trainer trainer, NDList inputs, NDList labels) {
        double v;
        try (GradientCollector gc = trainer.newGradientCollector()) {
            NDList preds = trainer.forward(inputs);
            NDArray loss = trainer.getLoss().evaluate(labels, preds);
            gc.backward(loss);
            v = loss.getFloat();
        }
        trainer.step();
        return v;
    }

    private static NDList labelsOf(NDManager m, TrainingLabels labels, List<NluExample> ex, int len) {
        int n = ex.size();
        long[][] sent = new long[4][n];
        long[] slots = new long[n * len];
        for (int r = 0; r < n; r++) {
            long[] s = labels.sentenceLabels(ex.get(r));
            for (int k = 0; k < 4; k++) sent[k][r] = s[k];
            System.arraycopy(labels.slotLabels(ex.get(r), len), 0, slots, r * len, len);
        }
        return new NDList(m.create(sent[0]), m.create(sent[1]), m.create(slots, new Shape(n, len)), m.create(sent[2]), m.create(sent[3]));
    }

    private double devIntentAccuracy(Trainer trainer, Encoder enc, TrainingLabels labels, List<NluExample> dev, List<String[]> tags) {
        int ok = 0;
        for (int b = 0; b < dev.size(); b += 128) {
            List<NluExample> ex = dev.subList(b, Math.min(dev.size(), b + 128));
            Encoder.Batch batch = enc.encode(ex.stream().map(NluExample::text).toList(), tags.subList(b, b + ex.size()),
                    ex.stream().map(NluExample::asr).toList());
            try (NDManager m = trainer.getManager().newSubManager()) {
                NDList out = trainer.evaluate(NluTranslator.toNd(m, batch));
                long[] pred = out.get(MultitaskNet.OUT_INTENT).argMax(1).toLongArray();
                for (int r = 0; r < ex.size(); r++) {
                    if (ex.get(r).intent() != null && pred[r] == labels.intents().indexOf(ex.get(r).intent())) ok++;
                }
            }
        }
        long labelled = dev.stream().filter(e -> e.intent() != null).count();
        return (double) ok / Math.max(1, labelled);
    }

    /** Adam with a cosine decay from {@code peak} to 5 % of it over {@code steps}. */
    static DefaultTrainingConfig trainingConfig(boolean mlm, float peak, int steps) {
        CosineTracker lr = CosineTracker.builder().setBaseValue(peak)
                .optFinalValue(peak * 0.05f).setMaxUpdates(Math.max(1, steps)).build();
        return new DefaultTrainingConfig(new MultitaskLoss(mlm)).optOptimizer(Adam.builder().optLearningRateTracker(lr).build());
    }

    private static void save(Model model, Vocabulary vocab, ModelMeta meta, Path dir, int epoch) throws IOException {
        saveParams(model, vocab, dir, epoch);
        meta.save(dir);
    }

    /** Writes the weights (replacing earlier epochs' files) and the vocabulary to {@code dir}. */
    static void saveParams(Model model, Vocabulary vocab, Path dir, int epoch) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> old = Files.list(dir)) {
            for (Path p : old.filter(p -> p.getFileName().toString().matches(NluModel.NAME + "-\\d+\\.params")).toList()) Files.delete(p);
        }
        model.setProperty("Epoch", String.valueOf(epoch));
        model.save(dir, NluModel.NAME);
        vocab.save(dir.resolve(NluModel.VOCAB));
    }

    static void loadParams(Model model, Path dir) throws IOException {
        try {
            model.load(dir, NluModel.NAME);
        } catch (MalformedModelException e) {
            throw new IOException("bad checkpoint in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a text corpus for masked-char pretraining. JSONL files give their {@code text} field; other
     * files give every tab-separated field of every line, with whitespace removed (LCCC separates
     * characters by spaces).
     */
    public static List<String> readCorpus(Path file, int maxLines) throws IOException {
        boolean jsonl = file.getFileName().toString().endsWith(".jsonl");
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.limit(maxLines).flatMap(l -> {
                if (!jsonl) return Stream.of(l.split("\t"));
                try {
                    return Stream.of(json.readTree(l).path("text").asText(""));
                } catch (IOException e) {
                    return Stream.empty();
                }
            }).map(f -> f.replaceAll("\\s+", "")).filter(f -> !f.isEmpty()).toList();
        }
    }
}
