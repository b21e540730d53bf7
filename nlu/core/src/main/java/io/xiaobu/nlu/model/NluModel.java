package io.xiaobu.nlu.model;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.TranslateException;
import io.xiaobu.nlu.Slot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The multitask understanding model behind a plain Java API: one backbone pass per call feeds the
 * domain, intent, slot, task-vs-chat and reject heads and yields the sentence embedding.
 * Thread-safe: each concurrent call borrows its own DJL predictor from a pool.
 *
 * <pre>{@code
 * try (NluModel model = NluModel.load(Path.of("models/nlu/cais"))) {
 *     ModelOutput out = model.predict("我要听周杰伦的歌", null, AsrSignals.NONE);
 * }
 * }</pre>
 */
public final class NluModel implements AutoCloseable {

    static final String NAME = "nlu";
    static final String VOCAB = "vocab.txt";

    private final Model model;
    private final ModelMeta meta;
    private final Vocabulary vocab;
    private final Encoder encoder;
    private final ConcurrentLinkedDeque<Predictor<Encoder.Batch, NluTranslator.Raw>> pool = new ConcurrentLinkedDeque<>();
    private final List<Predictor<Encoder.Batch, NluTranslator.Raw>> all = Collections.synchronizedList(new ArrayList<>());

    private final SlotDecoding slotDecoding;

    NluModel(Model model, ModelMeta meta, Vocabulary vocab, SlotDecoding slotDecoding) {
        this.model = model;
        this.meta = meta;
        this.vocab = vocab;
        this.slotDecoding = slotDecoding;
        this.encoder = new Encoder(vocab, meta.entityTypes(), meta.config().maxLen());
    }

    /** The slot decoding models use unless told otherwise (constrained BIO: +0.6 to +2.3 slot F1 on every dev split). */
    public static final SlotDecoding DEFAULT_SLOT_DECODING = SlotDecoding.INTENT_VITERBI;

    /** Loads a model folder written by the trainer ({@code model.json}, {@code vocab.txt}, {@code nlu-*.params}). */
    public static NluModel load(Path dir) throws IOException {
        return load(dir, DEFAULT_SLOT_DECODING);
    }

    /** Loads a model folder, decoding slots the given way. */
    public static NluModel load(Path dir, SlotDecoding slotDecoding) throws IOException {
        if (!Files.isRegularFile(dir.resolve(ModelMeta.FILE))) throw new IOException("no " + ModelMeta.FILE + " in " + dir);
        ModelMeta meta = ModelMeta.load(dir);
        Vocabulary vocab = Vocabulary.load(dir.resolve(VOCAB));
        Model m = Model.newInstance(NAME, "PyTorch");
        m.setBlock(newNet(meta, vocab));
        try {
            m.load(dir, NAME);
            // records the input shapes (needed to save again); loaded weights are kept as they are
            m.getBlock().initialize(m.getNDManager(), DataType.FLOAT32,
                    new Shape(1, 8), new Shape(1, 8), new Shape(1, AsrSignals.FEATURES));
        } catch (MalformedModelException e) {
            m.close();
            throw new IOException("cannot load weights from " + dir + ": " + e.getMessage(), e);
        }
        return new NluModel(m, meta, vocab, slotDecoding);
    }

    static MultitaskNet newNet(ModelMeta meta, Vocabulary vocab) {
        return new MultitaskNet(meta.config(), vocab.size(), meta.entityTypes().size() + 1, Math.max(1, meta.domains().size()),
                meta.intents().size(), meta.slotTags().size());
    }

    /** Same as {@code predict(text, null, AsrSignals.NONE)}. */
    public ModelOutput predict(String text) {
        return predict(text, null, AsrSignals.NONE);
    }

    /**
     * Understands one utterance. Never throws for odd text (empty, huge, emoji, control chars): the
     * model reads at most {@code maxLen} chars and maps unknown chars to one id.
     *
     * @param text        the utterance; slot spans refer to it
     * @param entityTypes one entity type name per char of {@code text} ({@code null} entries or array = none)
     * @param asr         recogniser signals, or {@code null} / {@link AsrSignals#NONE}
     */
    public ModelOutput predict(String text, String[] entityTypes, AsrSignals asr) {
        return predictBatch(List.of(text == null ? "" : text), Collections.singletonList(entityTypes),
                Collections.singletonList(asr)).get(0);
    }

    /** Understands several utterances in one batched pass (used by evaluation); lists must have equal sizes. */
    public List<ModelOutput> predictBatch(List<String> texts, List<String[]> entityTypes, List<AsrSignals> asr) {
        List<String> clean = texts.stream().map(t -> t == null ? "" : t).toList();
        Encoder.Batch batch = encoder.encode(clean, entityTypes, asr);
        NluTranslator.Raw raw = run(batch);
        List<ModelOutput> out = new ArrayList<>(clean.size());
        for (int r = 0; r < clean.size(); r++) out.add(decode(clean.get(r), raw, r));
        return out;
    }

    private NluTranslator.Raw run(Encoder.Batch batch) {
        Predictor<Encoder.Batch, NluTranslator.Raw> p = pool.pollFirst();
        if (p == null) {
            p = model.newPredictor(new NluTranslator());
            all.add(p);
        }
        try {
            return p.predict(batch);
        } catch (TranslateException e) {
            throw new IllegalStateException("model inference failed: " + e.getMessage(), e);
        } finally {
            pool.addFirst(p);
        }
    }

    private ModelOutput decode(String text, NluTranslator.Raw raw, int r) {
        List<ModelOutput.Scored> domains = meta.domains().isEmpty() ? List.of()
                : ranked(meta.domains(), Softmax.row(raw.domain(), r, meta.domains().size()));
        List<ModelOutput.Scored> intents = ranked(meta.intents(), Softmax.row(raw.intent(), r, meta.intents().size()));
        int s = meta.slotTags().size();
        int len = Math.min(text.length(), raw.len());
        double[][] probs = new double[len][];
        for (int i = 0; i < len; i++) probs[i] = Softmax.row(raw.slot(), r * raw.len() + i, s);
        List<Slot> slots = switch (slotDecoding) {
            case SPANS -> BioCodec.decodeSpans(text, probs, meta.slotTags());
            case VITERBI -> BioViterbi.decode(text, probs, meta.slotTags());
            case INTENT_VITERBI -> BioViterbi.decode(text, probs, meta.slotTags(), slotTagsOf(intents));
        };
        double chat = meta.trained("chat") ? Softmax.row(raw.chat(), r, 2)[1] : Double.NaN;
        double reject = meta.trained("reject") ? Softmax.row(raw.reject(), r, 2)[1] : Double.NaN;
        int e = meta.config().embedDim();
        float[] emb = new float[e];
        System.arraycopy(raw.embedding(), r * e, emb, 0, e);
        return new ModelOutput(domains, intents, slots, chat, reject, emb);
    }

    /**
     * The slot tags that the likely intents take: the union over every intent whose probability is at
     * least {@link #INTENT_SLOT_FACTOR} of the best one's; {@code null} (no restriction) when the model
     * did not record which slots its intents take or the best intent is unknown to that record.
     */
    private boolean[] slotTagsOf(List<ModelOutput.Scored> intents) {
        if (meta.slotsByIntent().isEmpty() || intents.isEmpty()) return null;
        double best = intents.get(0).probability();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (ModelOutput.Scored s : intents) {
            if (s.probability() < INTENT_SLOT_FACTOR * best) break;
            names.addAll(meta.slotsByIntent().getOrDefault(s.label(), List.of()));
        }
        List<String> tags = meta.slotTags();
        boolean[] allowed = new boolean[tags.size()];
        for (int k = 0; k < allowed.length; k++) {
            String tag = tags.get(k);
            allowed[k] = tag.length() > 2 && names.contains(tag.substring(2));
        }
        return allowed;
    }

    /** An intent this close to the best one (as a fraction of its probability) also lends its slot names. */
    static final double INTENT_SLOT_FACTOR = 0.2;

    private static List<ModelOutput.Scored> ranked(List<String> labels, double[] probs) {
        List<ModelOutput.Scored> out = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) out.add(new ModelOutput.Scored(labels.get(i), probs[i]));
        out.sort((a, b) -> Double.compare(b.probability(), a.probability()));
        return out;
    }

    /** Writes this model to an empty or new folder in the layout {@link #load} reads. */
    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        model.setProperty("Epoch", "0");
        model.save(dir, NAME);
        vocab.save(dir.resolve(VOCAB));
        meta.save(dir);
    }

    public ModelMeta meta() {
        return meta;
    }

    /** Number of trainable values (weights and biases) in the network. */
    public long parameterCount() {
        return model.getBlock().getParameters().values().stream().mapToLong(p -> p.getArray().size()).sum();
    }

    Vocabulary vocabulary() {
        return vocab;
    }

    @Override
    public void close() {
        synchronized (all) {
            all.forEach(Predictor::close);
            all.clear();
        }
        model.close();
    }
}
