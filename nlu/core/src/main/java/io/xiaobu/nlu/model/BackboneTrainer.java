package io.xiaobu.nlu.model;

import ai.djl.Model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Pretrains a backbone by masked-character language modelling ({@link MaskedCharPretraining}) on
 * unlabelled text and writes it as a {@link Backbone} folder. After each epoch the weights go to
 * {@code <out>/checkpoint}; a new run with the same output folder resumes after the last finished epoch
 * (the learning-rate schedule restarts over the epochs left).
 */
public final class BackboneTrainer {

    private final ModelConfig config;
    private final TrainOptions options;
    private final int minCount;
    private final Consumer<String> progress;

    /**
     * @param options  {@code mlmEpochs} epochs, batch size, peak learning rate, seed, and at most
     *                 {@code maxVocab} characters
     * @param minCount a character joins the vocabulary when the corpus has it at least this often
     */
    public BackboneTrainer(ModelConfig config, TrainOptions options, int minCount, Consumer<String> progress) {
        if (options.mlmEpochs() < 1) throw new IllegalArgumentException("pretraining needs at least one epoch");
        this.config = config;
        this.options = options;
        this.minCount = minCount;
        this.progress = progress;
    }

    /** @return facts about the run, also written to the folder's {@value Backbone#FILE} */
    public Map<String, Object> train(List<String> corpus, Path out) throws IOException {
        if (corpus.isEmpty()) throw new IllegalArgumentException("no text to pretrain on");
        Path ckpt = out.resolve("checkpoint");
        Files.createDirectories(ckpt);
        Path state = ckpt.resolve("epoch.txt");
        int done = Files.exists(state) ? Integer.parseInt(Files.readString(state).strip()) : 0;
        Vocabulary vocab = done > 0 ? Vocabulary.load(ckpt.resolve(NluModel.VOCAB)) : Vocabulary.build(corpus, minCount, options.maxVocab());
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("corpus_texts", corpus.size());
        info.put("corpus_chars", corpus.stream().mapToLong(String::length).sum());
        info.put("vocab", vocab.size());
        info.put("mlm_epochs", options.mlmEpochs());
        info.put("batch", options.batchSize());
        info.put("learning_rate", options.learningRate());
        info.put("mask_rate", MaskedCharPretraining.MASK_RATE);
        long t0 = System.nanoTime();
        MultitaskNet net = Backbone.newNet(config, vocab);
        try (Model model = Model.newInstance(NluModel.NAME, "PyTorch")) {
            model.setBlock(net);
            if (done > 0) {
                NluTrainer.loadParams(model, ckpt);
                progress.accept("resuming after pretraining epoch " + done + " from " + ckpt);
                info.put("resumed_after_epoch", done);
            }
            Encoder enc = new Encoder(vocab, List.of(), config);
            List<Double> losses = MaskedCharPretraining.run(model, net, enc, corpus, done + 1, options.mlmEpochs(), options, progress, ep -> {
                try {
                    NluTrainer.saveParams(model, vocab, ckpt, ep);
                    Files.writeString(state, String.valueOf(ep));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            info.put("mlm_loss_per_epoch", losses);
            info.put("train_seconds", Math.round((System.nanoTime() - t0) / 1e9));
            info.put("parameters", model.getBlock().getParameters().values().stream().mapToLong(p -> p.getArray().size()).sum());
            NluTrainer.saveParams(model, vocab, out, options.mlmEpochs());
            Backbone.saveMeta(out, new Backbone.Meta(config, info));
        }
        return info;
    }
}
