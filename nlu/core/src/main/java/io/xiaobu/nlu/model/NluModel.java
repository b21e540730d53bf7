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
 * domain, intent, slot, task-vs-chat and reject heads and yields the sentence embedding. A folder with
 * {@value #MEMBERS} is an ensemble of such networks, one pass each, their heads averaged ({@link #load});
 * a folder with {@value NgramClassifier#FOLDER} also mixes an {@link NgramClassifier}'s domain and intent
 * probabilities into theirs; a folder with {@value IntentCalibration#FILE} scales the final intent probabilities
 * by its fitted temperature ({@link IntentCalibration}). Thread-safe: each concurrent call borrows its own DJL predictor from a pool.
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

    /** Subfolder of a model folder that holds further members of an ensemble, one model folder each. */
    public static final String MEMBERS = "members";

    private final List<Member> members;
    private final ModelMeta meta;
    /** The n-gram classifier mixed into the domain and intent probabilities, or {@code null}. */
    private final NgramClassifier ngram;
    private final double ngramWeight;
    /** Temperature scaling of the intent probabilities the model reports. */
    private final IntentCalibration calibration;

    private final SlotDecoding slotDecoding;
    /** How slot tags follow one another, weighted, added by the Viterbi decodings; {@code null} when the folder has none. */
    private final SlotTransitions transitions;
    private final double[][] transitionScores;

    NluModel(Model model, ModelMeta meta, Vocabulary vocab, SlotDecoding slotDecoding) {
        this(List.of(new Member(model, meta, vocab)), meta, null, 0, IntentCalibration.NONE, slotDecoding, null);
    }

    private NluModel(List<Member> members, ModelMeta meta, NgramClassifier ngram, double ngramWeight,
                     IntentCalibration calibration, SlotDecoding slotDecoding, SlotTransitions transitions) {
        this.members = List.copyOf(members);
        this.meta = meta;
        this.ngram = ngram;
        this.ngramWeight = ngramWeight;
        this.calibration = calibration;
        this.slotDecoding = slotDecoding;
        this.transitions = transitions;
        this.transitionScores = transitions == null || transitions.weight() == 0 ? null : transitions.scores();
    }

    /** Shapes of the network's inputs (chars, entity tags, recogniser signals, word boundaries) for initialisation. */
    static Shape[] inputShapes() {
        return new Shape[]{new Shape(1, 8), new Shape(1, 8), new Shape(1, AsrSignals.FEATURES), new Shape(1, 8)};
    }

    /** The slot decoding models use unless told otherwise (constrained BIO: +0.6 to +2.3 slot F1 on every dev split). */
    public static final SlotDecoding DEFAULT_SLOT_DECODING = SlotDecoding.INTENT_VITERBI;

    /** Loads a model folder written by the trainer ({@code model.json}, {@code vocab.txt}, {@code nlu-*.params}). */
    public static NluModel load(Path dir) throws IOException {
        return load(dir, DEFAULT_SLOT_DECODING);
    }

    /**
     * Loads a model folder, decoding slots the given way. When the folder has a {@value #MEMBERS}
     * subfolder, every model folder in it joins the folder's own model as an ensemble: the heads' probabilities
     * are averaged over the members (one backbone pass each); the sentence embedding is the folder's own
     * model's, so what was trained on it stays valid. Members must have the same labels (the same training
     * data under another seed or recipe) and read inputs the same way; their networks and vocabularies may
     * differ (each reads the text through its own vocabulary, e.g. one started from a pretrained backbone).
     */
    public static NluModel load(Path dir, SlotDecoding slotDecoding) throws IOException {
        return load(dir, slotDecoding, null);
    }

    /**
     * Loads a model folder; when it holds an {@link NgramClassifier} (subfolder {@value NgramClassifier#FOLDER}),
     * that classifier's domain and intent probabilities are mixed into the networks' with its saved weight,
     * or with {@code ngramWeight} when that is given (0: the classifier is not used).
     */
    public static NluModel load(Path dir, SlotDecoding slotDecoding, Double ngramWeight) throws IOException {
        return load(dir, slotDecoding, ngramWeight, null);
    }

    /**
     * Loads a model folder as {@link #load(Path, SlotDecoding, Double)} does, scaling its intent probabilities by
     * {@code temperature} instead of the folder's saved calibration when that is given (1: reported as computed).
     */
    public static NluModel load(Path dir, SlotDecoding slotDecoding, Double ngramWeight, Double temperature) throws IOException {
        return load(dir, slotDecoding, ngramWeight, temperature, null);
    }

    /**
     * Loads a model folder as {@link #load(Path, SlotDecoding, Double, Double)} does, weighting its
     * {@link SlotTransitions} by {@code transitionWeight} instead of their saved weight when that is given (0:
     * not used).
     */
    public static NluModel load(Path dir, SlotDecoding slotDecoding, Double ngramWeight, Double temperature,
                                Double transitionWeight) throws IOException {
        IntentCalibration calibration = temperature != null
                ? new IntentCalibration(temperature, java.util.Map.of("source", "given when loading"))
                : IntentCalibration.load(dir);
        if (ngramWeight != null && !(ngramWeight >= 0 && ngramWeight <= 1)) {
            throw new IllegalArgumentException("n-gram weight must be within 0..1: " + ngramWeight);
        }
        if (!Files.isRegularFile(dir.resolve(ModelMeta.FILE))) throw new IOException("no " + ModelMeta.FILE + " in " + dir);
        ModelMeta meta = ModelMeta.load(dir);
        SlotTransitions transitions = SlotTransitions.loadIfPresent(dir);
        if (transitions != null && !transitions.tags().equals(meta.slotTags())) {
            throw new IOException("the slot transitions in " + dir + " have other tags than the model");
        }
        if (transitions != null && transitionWeight != null) transitions = transitions.withWeight(transitionWeight);
        List<Member> members = new ArrayList<>();
        try {
            members.add(Member.load(dir, meta, Vocabulary.load(dir.resolve(VOCAB))));
            for (Path sub : memberFolders(dir)) {
                ModelMeta m = ModelMeta.load(sub);
                if (!m.sameLabels(meta)) throw new IOException("ensemble member " + sub + " has other labels than " + dir);
                Vocabulary v = Vocabulary.load(sub.resolve(VOCAB));
                Member same = members.stream().filter(x -> x.vocab.equals(v)).findFirst().orElse(null);
                members.add(Member.load(sub, m, same == null ? v : same.vocab)); // equal vocabularies share one instance
            }
        } catch (IOException e) {
            members.forEach(Member::close);
            throw e;
        }
        NgramClassifier ngram = null;
        if (ngramWeight == null || ngramWeight > 0) {
            try {
                ngram = NgramClassifier.loadIfPresent(dir);
                if (ngram != null && !(ngram.config().domains().equals(meta.domains()) && ngram.config().intents().equals(meta.intents()))) {
                    ngram.close();
                    throw new IOException("the n-gram classifier in " + dir + " has other labels than the model");
                }
            } catch (IOException e) {
                members.forEach(Member::close);
                throw e;
            }
        }
        double w = ngram == null ? 0 : ngramWeight != null ? ngramWeight : ngram.config().weight();
        return new NluModel(members, meta, ngram, w, calibration, slotDecoding, transitions);
    }

    private static List<Path> memberFolders(Path dir) throws IOException {
        Path root = dir.resolve(MEMBERS);
        if (!Files.isDirectory(root)) return List.of();
        try (java.util.stream.Stream<Path> s = Files.list(root)) {
            return s.filter(p -> Files.isRegularFile(p.resolve(ModelMeta.FILE))).sorted().toList();
        }
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
        List<NluTranslator.Raw> raws = new ArrayList<>(members.size());
        java.util.Map<Vocabulary, Encoder.Batch> batches = new java.util.IdentityHashMap<>();
        for (Member m : members) raws.add(m.run(batches.computeIfAbsent(m.vocab, v -> m.encoder.encode(clean, entityTypes, asr))));
        NgramClassifier.Probabilities second = ngram == null ? null : ngram.predict(clean);
        List<ModelOutput> out = new ArrayList<>(clean.size());
        for (int r = 0; r < clean.size(); r++) out.add(decode(clean.get(r), raws, second, r));
        return out;
    }

    private ModelOutput decode(String text, List<NluTranslator.Raw> raws, NgramClassifier.Probabilities second, int r) {
        NluTranslator.Raw raw = raws.get(0);
        double[] domainProbs = meta.domains().isEmpty() ? null : mean(raws, NluTranslator.Raw::domain, r, meta.domains().size());
        double[] intentProbs = mean(raws, NluTranslator.Raw::intent, r, meta.intents().size());
        if (second != null) {
            if (domainProbs != null) mix(domainProbs, second.domain()[r], ngramWeight);
            mix(intentProbs, second.intent()[r], ngramWeight);
        }
        List<ModelOutput.Scored> domains = domainProbs == null ? List.of() : ranked(meta.domains(), domainProbs);
        List<ModelOutput.Scored> intents = ranked(meta.intents(), calibration.apply(intentProbs));
        int s = meta.slotTags().size();
        int len = Math.min(text.length(), raw.len());
        double[][] probs = new double[len][];
        for (int i = 0; i < len; i++) probs[i] = mean(raws, NluTranslator.Raw::slot, r * raw.len() + i, s);
        List<Slot> slots = switch (slotDecoding) {
            case SPANS -> BioCodec.decodeSpans(text, probs, meta.slotTags());
            case VITERBI -> BioViterbi.decode(text, probs, meta.slotTags(), null, transitionScores);
            // which intents lend slot names is decided on the probabilities as computed, so calibration never moves a slot
            case INTENT_VITERBI -> BioViterbi.decode(text, probs, meta.slotTags(), slotTagsOf(ranked(meta.intents(), intentProbs)), transitionScores);
        };
        double chat = meta.trained("chat") ? mean(raws, NluTranslator.Raw::chat, r, 2)[1] : Double.NaN;
        double reject = meta.trained("reject") ? mean(raws, NluTranslator.Raw::reject, r, 2)[1] : Double.NaN;
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

    /** {@code into} becomes {@code (1 - w) · into + w · other}. */
    private static void mix(double[] into, double[] other, double w) {
        for (int i = 0; i < into.length; i++) into[i] = (1 - w) * into[i] + w * other[i];
    }

    /** One head's softmax row averaged over the ensemble members (the row itself for a single model). */
    private static double[] mean(List<NluTranslator.Raw> raws, java.util.function.Function<NluTranslator.Raw, float[]> head,
                                 int row, int width) {
        double[] sum = Softmax.row(head.apply(raws.get(0)), row, width);
        for (int k = 1; k < raws.size(); k++) {
            double[] p = Softmax.row(head.apply(raws.get(k)), row, width);
            for (int i = 0; i < width; i++) sum[i] += p[i];
        }
        if (raws.size() > 1) for (int i = 0; i < width; i++) sum[i] /= raws.size();
        return sum;
    }

    private static List<ModelOutput.Scored> ranked(List<String> labels, double[] probs) {
        List<ModelOutput.Scored> out = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) out.add(new ModelOutput.Scored(labels.get(i), probs[i]));
        out.sort((a, b) -> Double.compare(b.probability(), a.probability()));
        return out;
    }

    /** Writes this model (and its ensemble members) to an empty or new folder in the layout {@link #load} reads. */
    public void save(Path dir) throws IOException {
        for (int k = 0; k < members.size(); k++) {
            Path to = k == 0 ? dir : dir.resolve(MEMBERS).resolve(String.valueOf(k + 1));
            Files.createDirectories(to);
            Member m = members.get(k);
            m.model.setProperty("Epoch", "0");
            m.model.save(to, NAME);
            m.vocab.save(to.resolve(VOCAB));
            m.meta.save(to);
        }
        if (ngram != null) ngram.save(dir);
        if (calibration.temperature() != 1) calibration.save(dir);
        if (transitions != null) transitions.save(dir);
    }

    public ModelMeta meta() {
        return meta;
    }

    /** Number of trainable values (weights and biases) in the network. */
    public long parameterCount() {
        return members.stream().mapToLong(m -> m.model.getBlock().getParameters().values().stream()
                .mapToLong(p -> p.getArray().size()).sum()).sum();
    }

    /** The mixing weight of the n-gram classifier; 0 when the model has none (or it was switched off). */
    public double ngramWeight() {
        return ngramWeight;
    }

    /** What the mixed-in n-gram classifier reads besides characters: "" when nothing (or no classifier is mixed in). */
    public String ngramLexicon() {
        if (ngram == null || ngramWeight == 0 || ngram.config().lexiconTypes().isEmpty()) return "";
        return ngram.lexiconWords() + " words of " + ngram.config().lexiconTypes() + " read as their type";
    }

    /** The temperature scaling applied to the intent probabilities ({@link IntentCalibration#NONE} when none). */
    public IntentCalibration calibration() {
        return calibration;
    }

    /** The slot transitions the decoder adds, with the weight in use; {@code null} when the model has none. */
    public SlotTransitions slotTransitions() {
        return transitions;
    }

    /** How many networks each call runs: 1, or the ensemble's size. */
    public int memberCount() {
        return members.size();
    }

    /** The vocabulary of the folder's own network. */
    Vocabulary vocabulary() {
        return members.get(0).vocab;
    }

    @Override
    public void close() {
        members.forEach(Member::close);
        if (ngram != null) ngram.close();
    }

    /** One trained network with its own pool of predictors (each concurrent call borrows one). */
    private static final class Member implements AutoCloseable {

        private final Model model;
        private final ModelMeta meta;
        private final Vocabulary vocab;
        private final Encoder encoder;
        private final ConcurrentLinkedDeque<Predictor<Encoder.Batch, NluTranslator.Raw>> pool = new ConcurrentLinkedDeque<>();
        private final List<Predictor<Encoder.Batch, NluTranslator.Raw>> all = Collections.synchronizedList(new ArrayList<>());

        Member(Model model, ModelMeta meta, Vocabulary vocab) {
            this.model = model;
            this.meta = meta;
            this.vocab = vocab;
            this.encoder = new Encoder(vocab, meta.entityTypes(), meta.config());
        }

        static Member load(Path dir, ModelMeta meta, Vocabulary vocab) throws IOException {
            Model m = Model.newInstance(NAME, "PyTorch");
            m.setBlock(newNet(meta, vocab));
            try {
                m.load(dir, NAME);
                // records the input shapes (needed to save again); loaded weights are kept as they are
                m.getBlock().initialize(m.getNDManager(), DataType.FLOAT32, inputShapes());
            } catch (MalformedModelException e) {
                m.close();
                throw new IOException("cannot load weights from " + dir + ": " + e.getMessage(), e);
            }
            return new Member(m, meta, vocab);
        }

        NluTranslator.Raw run(Encoder.Batch batch) {
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

        @Override
        public void close() {
            synchronized (all) {
                all.forEach(Predictor::close);
                all.clear();
            }
            model.close();
        }
    }
}
