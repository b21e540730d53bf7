package io.xiaobu.nlu.model;

import ai.djl.Model;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.NDArray;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.CosineTracker;
import io.xiaobu.nlu.data.EntityTagger;
import io.xiaobu.nlu.data.NluExample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Retrains the reject head of a trained network alone — the backbone and every other head stay exactly
 * as they were — with the recogniser signals of each training turn randomly left out, one by one, so
 * that the head decides from whichever signals a device sends (a phone that reports only the ASR
 * confidence gets the same protection as one that also sends the n-best list and the audio length).
 * The intent, slot and chat outputs and the sentence embedding are unchanged, so what was trained on
 * the embedding (safety head, chat matching) stays valid.
 */
public final class RejectHeadTrainer {

    private final int epochs;
    private final int batchSize;
    private final float learningRate;
    private final double dropSignal;
    private final long seed;
    private final Consumer<String> progress;

    /**
     * @param dropSignal probability that each recogniser signal of a training turn is left out in an epoch
     */
    public RejectHeadTrainer(int epochs, int batchSize, float learningRate, double dropSignal, long seed, Consumer<String> progress) {
        if (!(dropSignal >= 0 && dropSignal < 1)) throw new IllegalArgumentException("dropSignal must be within [0, 1): " + dropSignal);
        this.epochs = epochs;
        this.batchSize = batchSize;
        this.learningRate = learningRate;
        this.dropSignal = dropSignal;
        this.seed = seed;
        this.progress = progress;
    }

    /**
     * Reads the single network in {@code modelDir}, retrains its reject head on the examples that have a
     * reject label and writes the network to {@code out}.
     */
    public Map<String, Object> train(Path modelDir, List<NluExample> train, EntityTagger tagger, Path out) throws IOException {
        ModelMeta meta = ModelMeta.load(modelDir);
        if (!meta.trained("reject")) throw new IllegalArgumentException(modelDir + " has no trained reject head");
        Vocabulary vocab = Vocabulary.load(modelDir.resolve(NluModel.VOCAB));
        List<NluExample> labelled = train.stream().filter(e -> e.reject() != null).toList();
        List<String[]> tags = labelled.stream().map(e -> tagger.tag(e.text())).toList();
        Encoder enc = new Encoder(vocab, meta.entityTypes(), meta.config());
        MultitaskNet net = NluModel.newNet(meta, vocab);
        Map<String, Object> info = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        try (Model model = Model.newInstance(NluModel.NAME, "PyTorch")) {
            model.setBlock(net);
            NluTrainer.loadParams(model, modelDir);
            int steps = Math.max(1, epochs * ((labelled.size() + batchSize - 1) / batchSize));
            Random rnd = new Random(seed);
            List<Double> losses = new ArrayList<>();
            // DJL's freezeParameters does not keep the PyTorch engine's optimiser off frozen weights: the
            // optimiser itself updates the reject head's weights only
            Optimizer adam = Adam.builder().optLearningRateTracker(CosineTracker.builder().setBaseValue(learningRate)
                    .optFinalValue(learningRate * 0.05f).setMaxUpdates(steps).build()).build();
            DefaultTrainingConfig config = new DefaultTrainingConfig(new MultitaskLoss(false))
                    .optOptimizer(new OnlyThese(adam, net.rejectHeadParameterIds()));
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(NluModel.inputShapes());
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < labelled.size(); i++) order.add(i);
                for (int epoch = 1; epoch <= epochs; epoch++) {
                    Collections.shuffle(order, rnd);
                    double total = 0;
                    int batches = 0;
                    for (int b = 0; b < order.size(); b += batchSize) {
                        List<Integer> idx = order.subList(b, Math.min(order.size(), b + batchSize));
                        List<NluExample> ex = idx.stream().map(labelled::get).toList();
                        List<AsrSignals> asr = ex.stream().map(e -> drop(e.asr(), rnd)).toList();
                        Encoder.Batch batch = enc.encode(ex.stream().map(NluExample::text).toList(), idx.stream().map(tags::get).toList(), asr);
                        try (NDManager m = trainer.getManager().newSubManager()) {
                            total += NluTrainer.step(trainer, NluTranslator.toNd(m, batch), rejectLabels(m, ex, batch.len()));
                            batches++;
                        }
                    }
                    losses.add(total / Math.max(1, batches));
                    progress.accept(String.format(java.util.Locale.ROOT, "reject head epoch %d/%d  loss %.4f", epoch, epochs, total / Math.max(1, batches)));
                }
            }
            Map<String, Object> head = new LinkedHashMap<>();
            head.put("turns", labelled.size());
            head.put("rejected_turns", labelled.stream().filter(e -> e.reject()).count());
            head.put("epochs", epochs);
            head.put("learning_rate", learningRate);
            head.put("signal_drop", dropSignal);
            head.put("loss_per_epoch", losses);
            head.put("seconds", Math.round((System.nanoTime() - t0) / 1e9));
            info.put("reject_head_retrained", head);
            Map<String, Object> all = new LinkedHashMap<>(meta.info());
            all.putAll(info);
            NluTrainer.saveParams(model, vocab, out, 0);
            meta.withInfo(all).save(out);
            // what describes the heads left as they were comes along: the slot head's transitions, the intent calibration
            for (String file : java.util.List.of(SlotTransitions.FILE, IntentCalibration.FILE)) {
                java.nio.file.Path from = modelDir.resolve(file);
                if (java.nio.file.Files.isRegularFile(from) && !from.equals(out.resolve(file))) {
                    java.nio.file.Files.copy(from, out.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return info;
    }

    /** Passes the updates of the listed weights to another optimiser and leaves every other weight as it is. */
    private static final class OnlyThese extends Optimizer {
        private final Optimizer inner;
        private final java.util.Set<String> ids;

        OnlyThese(Optimizer inner, java.util.Set<String> ids) {
            super(new Builder());
            this.inner = inner;
            this.ids = ids;
        }

        @Override
        public void update(String parameterId, NDArray weight, NDArray grad) {
            if (ids.contains(parameterId)) {
                inner.update(parameterId, weight, grad);
            } else {
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

    /** The signals with each present one left out with probability {@link #dropSignal}. */
    AsrSignals drop(AsrSignals a, Random rnd) {
        if (a == null) return AsrSignals.NONE;
        return new AsrSignals(keep(a.confidence(), rnd), keep(a.nbestAgreement(), rnd), keep(a.audioSeconds(), rnd), keep(a.snrDb(), rnd));
    }

    private float keep(float v, Random rnd) {
        return Float.isNaN(v) || rnd.nextDouble() >= dropSignal ? v : Float.NaN;
    }

    /** Labels for the reject head only: −1 (nothing to learn) for domain, intent, slots and chat. */
    private static NDList rejectLabels(NDManager m, List<NluExample> ex, int len) {
        int n = ex.size();
        long[] none = new long[n], reject = new long[n], slots = new long[n * len];
        java.util.Arrays.fill(none, -1);
        java.util.Arrays.fill(slots, -1);
        for (int r = 0; r < n; r++) reject[r] = Boolean.TRUE.equals(ex.get(r).reject()) ? 1 : 0;
        return new NDList(m.create(none), m.create(none.clone()), m.create(slots, new Shape(n, len)), m.create(none.clone()), m.create(reject));
    }
}
