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
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.initializer.ConstantInitializer;
import ai.djl.training.loss.Loss;
import ai.djl.nn.Parameter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.xiaobu.nlu.data.DataDir;
import io.xiaobu.nlu.data.EntityLexicon;
import io.xiaobu.nlu.data.EntityTagger;
import io.xiaobu.nlu.data.NluExample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A second opinion on the domain and the intent from a different kind of model: logistic regression over
 * the bag of character n-grams (1 to {@code maxN} characters, with start and end marks) of the text,
 * trained with DJL. It remembers keywords the networks generalise away from (翻译 → translation, 机票 →
 * flight) and errs on other utterances than they do, so {@link NluModel} mixes its probabilities into the
 * networks' averaged domain and intent probabilities with a fixed {@link Config#weight() weight}. It lives
 * in the subfolder {@value #FOLDER} of a model folder and is read with it.
 *
 * <p>With word lists ({@link Config#lexiconTypes()}) it also reads the text with every listed word replaced by
 * a mark of its type (三安光电 → ⟨finance⟩, 播放稻香 → 播放⟨song⟩) and adds the n-grams that hold a mark: a
 * name never seen in training still says which kind of thing the user means. The lists are read from the data
 * dir when the classifier is loaded, as the networks' entity tags are; without them those features stay off.
 */
public final class NgramClassifier implements AutoCloseable {

    /** Subfolder of a model folder that holds the n-gram classifier. */
    public static final String FOLDER = "ngram";
    static final String NAME = "ngram";
    public static final String CONFIG = "ngram.json";
    public static final String NGRAMS = "ngrams.txt";

    /**
     * @param maxN     longest n-gram, in characters
     * @param minCount an n-gram longer than one character is kept when at least this many training utterances have it
     * @param weight   share of this classifier in the mixed domain and intent probabilities (0 to 1)
     * @param domains  domain labels, in the order of the model it belongs to (may be empty)
     * @param intents  intent labels, in the order of the model it belongs to
     * @param lexiconTypes the {@link EntityLexicon} word lists whose words the classifier reads as their type
     *                 (empty: the characters alone)
     * @param info     facts about the training run, for the model card
     */
    public record Config(int maxN, int minCount, double weight, List<String> domains, List<String> intents,
                         List<String> lexiconTypes, Map<String, Object> info) {
        public Config {
            if (maxN < 1) throw new IllegalArgumentException("maxN must be at least 1: " + maxN);
            if (!(weight >= 0 && weight <= 1)) throw new IllegalArgumentException("weight must be within 0..1: " + weight);
            domains = List.copyOf(domains);
            intents = List.copyOf(intents);
            lexiconTypes = lexiconTypes == null ? List.of() : List.copyOf(lexiconTypes); // absent in classifiers saved before the lists
            info = info == null ? Map.of() : Map.copyOf(info);
        }
    }

    /** Probabilities per text: rows of {@code domains().size()} and {@code intents().size()} values. */
    public record Probabilities(double[][] domain, double[][] intent) {
    }

    private final Model model;
    private final Config config;
    private final Map<String, Integer> index;
    private final EntityTagger lexicon;

    private NgramClassifier(Model model, Config config, Map<String, Integer> index, EntityTagger lexicon) {
        this.model = model;
        this.config = config;
        this.index = index;
        this.lexicon = lexicon;
    }

    public Config config() {
        return config;
    }

    /** Words of the lists the classifier reads as their type (0 when it reads none, or the data dir lacks them). */
    public int lexiconWords() {
        return lexicon instanceof EntityLexicon l ? l.size() : 0;
    }

    /**
     * The distinct n-grams of a text: lower-cased, with {@code ^} before and {@code $} after it, counted
     * in code points (an emoji is one character, never half of one).
     */
    static List<String> ngrams(String text, int maxN) {
        int[] t = ("^" + (text == null ? "" : text.toLowerCase(Locale.ROOT)) + "$").codePoints().toArray();
        Set<String> out = new LinkedHashSet<>();
        for (int n = 1; n <= maxN; n++) {
            for (int i = 0; i + n <= t.length; i++) out.add(new String(t, i, n));
        }
        return List.copyOf(out);
    }

    /**
     * The features of a text: its {@link #ngrams n-grams}, plus, when {@code lexicon} tags words in it, the
     * n-grams of the text with each tagged word replaced by one mark of its type that hold a mark.
     */
    static List<String> features(String text, EntityTagger lexicon, List<String> types, int maxN) {
        List<String> plain = ngrams(text, maxN);
        String marked = marked(text == null ? "" : text, lexicon, types);
        if (marked == null) return plain;
        Set<String> out = new LinkedHashSet<>(plain);
        for (String g : ngrams(marked, maxN)) if (g.codePoints().anyMatch(NgramClassifier::isMark)) out.add(g);
        return List.copyOf(out);
    }

    /** The text with every run of characters tagged with one type replaced by that type's mark; null when nothing is tagged. */
    static String marked(String text, EntityTagger lexicon, List<String> types) {
        if (lexicon == null || types.isEmpty() || text.isEmpty()) return null;
        String[] tags = lexicon.tag(text);
        StringBuilder b = new StringBuilder(text.length());
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            int type = tags[i] == null ? -1 : types.indexOf(tags[i]);
            if (type < 0) {
                b.append(text.charAt(i));
            } else if (i == 0 || !tags[i].equals(tags[i - 1])) {
                b.appendCodePoint(MARK + type);
                any = true;
            }
        }
        return any ? b.toString() : null;
    }

    /** Marks of the word types: Unicode private-use characters, which never occur in what users say. */
    private static final int MARK = 0xF0000;

    private static boolean isMark(int codePoint) {
        return codePoint >= MARK && codePoint < MARK + 0x1000;
    }

    /** Domain and intent probabilities for each text. Never throws for odd text. */
    public Probabilities predict(List<String> texts) {
        int d = config.domains().size(), k = config.intents().size();
        double[][] dom = new double[texts.size()][], intent = new double[texts.size()][];
        try (NDManager m = model.getNDManager().newSubManager()) {
            float[] logits = model.getBlock().forward(new ParameterStore(m, false), new NDList(ids(m, texts)), false)
                    .head().toFloatArray();
            for (int r = 0; r < texts.size(); r++) {
                dom[r] = d == 0 ? new double[0] : Softmax.row(java.util.Arrays.copyOfRange(logits, r * (d + k), r * (d + k) + d), 0, d);
                intent[r] = Softmax.row(java.util.Arrays.copyOfRange(logits, r * (d + k) + d, (r + 1) * (d + k)), 0, k);
            }
        }
        return new Probabilities(dom, intent);
    }

    private NDArray ids(NDManager m, List<String> texts) {
        return ids(m, texts, index, lexicon, config.lexiconTypes(), config.maxN());
    }

    /** Feature ids (N, longest), 0 for padding; features not seen in training are left out. */
    private static NDArray ids(NDManager m, List<String> texts, Map<String, Integer> index, EntityTagger lexicon, List<String> types, int maxN) {
        List<int[]> rows = new ArrayList<>(texts.size());
        int width = 1;
        for (String t : texts) {
            int[] row = features(t, lexicon, types, maxN).stream().map(index::get).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).toArray();
            rows.add(row);
            width = Math.max(width, row.length);
        }
        int[] flat = new int[texts.size() * width];
        for (int r = 0; r < rows.size(); r++) System.arraycopy(rows.get(r), 0, flat, r * width, rows.get(r).length);
        return m.create(flat, new Shape(texts.size(), width));
    }

    /**
     * Trains on the labelled examples (those whose intent is one of {@code intents}); labels are given in
     * the order of the model the classifier will join. Adagrad ({@link DenseAdagrad}).
     */
    public static NgramClassifier train(List<NluExample> train, List<String> domains, List<String> intents, int maxN, int minCount,
                                        double weight, int epochs, int batchSize, float learningRate, long seed, Consumer<String> progress) {
        return train(train, domains, intents, EntityLexicon.empty(), maxN, minCount, weight, epochs, batchSize, learningRate, seed, progress);
    }

    /** As {@link #train(List, List, List, int, int, double, int, int, float, long, Consumer)}, also reading the words of {@code lexicon} as their type. */
    public static NgramClassifier train(List<NluExample> train, List<String> domains, List<String> intents, EntityLexicon lexicon, int maxN,
                                        int minCount, double weight, int epochs, int batchSize, float learningRate, long seed,
                                        Consumer<String> progress) {
        Map<String, Integer> domainIds = ids(domains), intentIds = ids(intents);
        List<String> types = lexicon.size() == 0 ? List.of() : lexicon.types();
        List<NluExample> usable = train.stream().filter(e -> intentIds.containsKey(e.intent())).toList();
        if (usable.isEmpty()) throw new IllegalArgumentException("no training example has one of the model's intents");
        Map<String, Integer> counts = new HashMap<>();
        for (NluExample e : usable) for (String g : features(e.text(), lexicon, types, maxN)) counts.merge(g, 1, Integer::sum);
        List<String> kept = counts.entrySet().stream().filter(x -> x.getKey().length() == 1 || x.getValue() >= minCount)
                .map(Map.Entry::getKey).sorted().toList();
        Map<String, Integer> index = new HashMap<>();
        for (String g : kept) index.put(g, index.size() + 1);
        Map<String, Object> info = new java.util.LinkedHashMap<>();
        info.put("train_utterances", usable.size());
        info.put("ngrams", kept.size());
        if (!types.isEmpty()) info.put("lexicon_words", lexicon.size());
        info.put("epochs", epochs);
        info.put("batch", batchSize);
        info.put("learning_rate", learningRate);
        info.put("seed", seed);
        int d = domains.size();
        Model model = Model.newInstance(NAME, "PyTorch");
        model.setBlock(new NgramNet(kept.size(), d + intents.size()));
        Loss loss = new Loss("ngram") {
            @Override
            public NDArray evaluate(NDList labels, NDList predictions) {
                NDArray logits = predictions.head();
                NDArray intentLoss = MultitaskLoss.ce(logits.get(":, " + d + ":"), labels.get(1));
                NDArray mean = d == 0 ? intentLoss : MultitaskLoss.ce(logits.get(":, :" + d), labels.get(0)).add(intentLoss);
                return mean.mul(logits.getShape().get(0)); // summed over the batch: each utterance's gradient at full scale

            }
        };
        DefaultTrainingConfig tc = new DefaultTrainingConfig(loss)
                .optInitializer(new ConstantInitializer(0f), Parameter.Type.WEIGHT) // the trainer's initialiser wins over the block's
                .optOptimizer(new DenseAdagrad(learningRate));
        long t0 = System.nanoTime();
        try (Trainer trainer = model.newTrainer(tc)) {
            trainer.initialize(new Shape(1, 4));
            Random rnd = new Random(seed);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < usable.size(); i++) order.add(i);
            for (int epoch = 1; epoch <= epochs; epoch++) {
                Collections.shuffle(order, rnd);
                double sum = 0;
                for (int b = 0; b < order.size(); b += batchSize) {
                    List<NluExample> batch = order.subList(b, Math.min(order.size(), b + batchSize)).stream().map(usable::get).toList();
                    try (NDManager m = trainer.getManager().newSubManager()) {
                        long[] dl = new long[batch.size()], il = new long[batch.size()];
                        for (int i = 0; i < batch.size(); i++) {
                            dl[i] = domainIds.getOrDefault(batch.get(i).domain(), -1);
                            il[i] = intentIds.get(batch.get(i).intent());
                        }
                        NDArray in = ids(m, batch.stream().map(NluExample::text).toList(), index, lexicon, types, maxN);
                        try (GradientCollector gc = trainer.newGradientCollector()) {
                            NDArray l = trainer.getLoss().evaluate(new NDList(m.create(dl), m.create(il)), trainer.forward(new NDList(in)));
                            gc.backward(l);
                            sum += l.getFloat();
                        }
                        trainer.step();
                    }
                }
                progress.accept(String.format(Locale.ROOT, "n-gram classifier epoch %d/%d  loss per utterance %.4f", epoch, epochs, sum / usable.size()));
            }
        }
        info.put("train_seconds", Math.round((System.nanoTime() - t0) / 1e9));
        return new NgramClassifier(model, new Config(maxN, minCount, weight, domains, intents, types, info), index, lexicon);
    }

    private static Map<String, Integer> ids(List<String> labels) {
        Map<String, Integer> out = new HashMap<>();
        for (String l : labels) out.put(l, out.size());
        return out;
    }

    /** Writes the classifier into {@code modelDir}/{@value #FOLDER}. */
    public void save(Path modelDir) throws IOException {
        Path dir = modelDir.resolve(FOLDER);
        Files.createDirectories(dir);
        model.setProperty("Epoch", "0");
        model.save(dir, NAME);
        String[] byId = new String[index.size() + 1];
        index.forEach((g, i) -> byId[i] = g);
        List<String> lines = new ArrayList<>();
        for (int i = 1; i < byId.length; i++) lines.add(escape(byId[i]));
        Files.write(dir.resolve(NGRAMS), lines, StandardCharsets.UTF_8);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve(CONFIG).toFile(), config);
    }

    /**
     * The classifier in {@code modelDir}/{@value #FOLDER}, or {@code null} when the folder has none; its word
     * lists are read from the {@link DataDir data dir}.
     */
    public static NgramClassifier loadIfPresent(Path modelDir) throws IOException {
        Path dir = modelDir.resolve(FOLDER);
        if (!Files.isRegularFile(dir.resolve(CONFIG))) return null;
        Config config = new ObjectMapper().readValue(dir.resolve(CONFIG).toFile(), Config.class);
        Map<String, Integer> index = new HashMap<>();
        List<String> lines = Files.readAllLines(dir.resolve(NGRAMS), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) index.put(unescape(lines.get(i)), i + 1); // id = line number, as saved
        Model model = Model.newInstance(NAME, "PyTorch");
        model.setBlock(new NgramNet(index.size(), config.domains().size() + config.intents().size()));
        try {
            model.load(dir, NAME);
            model.getBlock().initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 4));
        } catch (MalformedModelException e) {
            model.close();
            throw new IOException("cannot load the n-gram classifier from " + dir + ": " + e.getMessage(), e);
        }
        EntityTagger lexicon = config.lexiconTypes().isEmpty() ? EntityLexicon.empty() : EntityLexicon.load(DataDir.resolve(), config.lexiconTypes());
        return new NgramClassifier(model, config, index, lexicon);
    }

    /** One n-gram per line: line breaks and backslashes inside an n-gram are escaped. */
    private static String escape(String g) {
        return g.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    @Override
    public void close() {
        model.close();
    }
}
