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
     * @param info     facts about the training run, for the model card
     */
    public record Config(int maxN, int minCount, double weight, List<String> domains, List<String> intents,
                         Map<String, Object> info) {
        public Config {
            if (maxN < 1) throw new IllegalArgumentException("maxN must be at least 1: " + maxN);
            if (!(weight >= 0 && weight <= 1)) throw new IllegalArgumentException("weight must be within 0..1: " + weight);
            domains = List.copyOf(domains);
            intents = List.copyOf(intents);
            info = info == null ? Map.of() : Map.copyOf(info);
        }
    }

    /** Probabilities per text: rows of {@code domains().size()} and {@code intents().size()} values. */
    public record Probabilities(double[][] domain, double[][] intent) {
    }

    private final Model model;
    private final Config config;
    private final Map<String, Integer> index;

    private NgramClassifier(Model model, Config config, Map<String, Integer> index) {
        this.model = model;
        this.config = config;
        this.index = index;
    }

    public Config config() {
        return config;
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

    /** Domain and intent probabilities for each text. Never throws for odd text. */
    public Probabilities predict(List<String> texts) {
        int d = config.domains().size(), k = config.intents().size();
        double[][] dom = new double[texts.size()][], intent = new double[texts.size()][];
        try (NDManager m = model.getNDManager().newSubManager()) {
            float[] logits = model.getBlock().forward(new ParameterStore(m, false), new NDList(ids(m, texts, index, config.maxN())), false)
                    .head().toFloatArray();
            for (int r = 0; r < texts.size(); r++) {
                dom[r] = d == 0 ? new double[0] : Softmax.row(java.util.Arrays.copyOfRange(logits, r * (d + k), r * (d + k) + d), 0, d);
                intent[r] = Softmax.row(java.util.Arrays.copyOfRange(logits, r * (d + k) + d, (r + 1) * (d + k)), 0, k);
            }
        }
        return new Probabilities(dom, intent);
    }

    /** N-gram ids (N, longest), 0 for padding; n-grams not seen in training are left out. */
    private static NDArray ids(NDManager m, List<String> texts, Map<String, Integer> index, int maxN) {
        List<int[]> rows = new ArrayList<>(texts.size());
        int width = 1;
        for (String t : texts) {
            int[] row = ngrams(t, maxN).stream().map(index::get).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).toArray();
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
        Map<String, Integer> domainIds = ids(domains), intentIds = ids(intents);
        List<NluExample> usable = train.stream().filter(e -> intentIds.containsKey(e.intent())).toList();
        if (usable.isEmpty()) throw new IllegalArgumentException("no training example has one of the model's intents");
        Map<String, Integer> counts = new HashMap<>();
        for (NluExample e : usable) for (String g : ngrams(e.text(), maxN)) counts.merge(g, 1, Integer::sum);
        List<String> kept = counts.entrySet().stream().filter(x -> x.getKey().length() == 1 || x.getValue() >= minCount)
                .map(Map.Entry::getKey).sorted().toList();
        Map<String, Integer> index = new HashMap<>();
        for (String g : kept) index.put(g, index.size() + 1);
        Map<String, Object> info = new java.util.LinkedHashMap<>();
        info.put("train_utterances", usable.size());
        info.put("ngrams", kept.size());
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
                        NDArray in = ids(m, batch.stream().map(NluExample::text).toList(), index, maxN);
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
        return new NgramClassifier(model, new Config(maxN, minCount, weight, domains, intents, info), index);
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

    /** The classifier in {@code modelDir}/{@value #FOLDER}, or {@code null} when the folder has none. */
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
        return new NgramClassifier(model, config, index);
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
