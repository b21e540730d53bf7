package io.xiaobu.nlu.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.xiaobu.nlu.data.NluExample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How slot tags follow one another in the training data, as a score the slot decoder adds per step. The
 * network tags each character on its own (a softmax per position), so nothing stops it from cutting one
 * name into two spans of the same slot (齐齐 | 哈尔, 声 | 控安卓) or from putting a place right behind a date
 * where the annotators never did. A CRF would learn such scores jointly with the network; this is the
 * cheap half of it, counted rather than learned: for the previous tag {@code a} and the tag {@code b}
 *
 * <pre>  score(a, b) = log p(b | a) − log p(b),   p(b | a) = (c(a, b) + α · p(b)) / (c(a) + α)</pre>
 *
 * the pointwise mutual information of the pair, with the bigram smoothed towards the tag's frequency. The
 * per-character probabilities already carry how common a tag is, so only the association is added: a pair
 * seen as often as chance scores 0, one never seen scores about {@code log(α / (c(a) + α))}. The decoder
 * multiplies the scores by {@link #weight()} ({@link BioViterbi}); the row of the start of a text is
 * {@value #START}. Saved as {@value #FILE} in the model folder and used by {@link NluModel} when present.
 *
 * @param tags   the model's slot tags (O, B-x, I-x), in its order
 * @param counts bigram counts, keyed by previous tag (or {@value #START}) then tag
 * @param weight the factor the decoder applies to the scores
 * @param facts  what they were counted on, for the model card
 */
public record SlotTransitions(List<String> tags, Map<String, Map<String, Integer>> counts, double weight,
                             Map<String, Object> facts) {

    public static final String FILE = "slot-transitions.json";
    /** The previous "tag" of a text's first character. */
    public static final String START = "<s>";
    /**
     * The weight a newly counted model gets: fixed on 10 % of SMP-ECDT's training data held out (slot F1 0.809 →
     * 0.823, sentence accuracy 0.731 → 0.746 at 0.3; the plateau is 0.2–0.35, above 0.5 it falls off).
     */
    public static final double DEFAULT_WEIGHT = 0.3;
    /** Smoothing mass of the bigram estimate, spread as the tag frequencies are. */
    static final double ALPHA = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public SlotTransitions {
        tags = List.copyOf(tags);
        if (!(weight >= 0 && weight <= 4)) throw new IllegalArgumentException("transition weight must be within 0..4: " + weight);
        TreeMap<String, Map<String, Integer>> c = new TreeMap<>();
        counts.forEach((k, v) -> c.put(k, java.util.Collections.unmodifiableSortedMap(new TreeMap<>(v))));
        counts = java.util.Collections.unmodifiableSortedMap(c);
        facts = facts == null ? Map.of() : java.util.Collections.unmodifiableSortedMap(new TreeMap<>(facts));
    }

    /**
     * Counts the tag bigrams of the slot-annotated examples of {@code train} (those with an intent; the
     * others' slots were not annotated), each text's first tag after {@value #START}.
     */
    public static SlotTransitions count(List<NluExample> train, List<String> tags, double weight, String source) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        int texts = 0;
        for (NluExample e : train) {
            if (e.intent() == null || e.text().isEmpty()) continue;
            texts++;
            String[] seq = BioCodec.encode(e.slots(), e.text().length());
            String prev = START;
            for (String t : seq) {
                if (!tags.contains(t)) t = "O"; // a slot the model has no tag for was not learned either
                counts.computeIfAbsent(prev, k -> new TreeMap<>()).merge(t, 1, Integer::sum);
                prev = t;
            }
        }
        return new SlotTransitions(tags, counts, weight, Map.of("source", source, "texts", texts));
    }

    /** The same counts with another weight. */
    public SlotTransitions withWeight(double w) {
        return new SlotTransitions(tags, counts, w, facts);
    }

    /**
     * The weighted scores as a matrix: row {@code a} (index into {@link #tags()}, or {@code tags().size()} for
     * the start), column {@code b}.
     */
    public double[][] scores() {
        int t = tags.size();
        double[] unigram = new double[t];
        double total = 0;
        for (Map<String, Integer> row : counts.values()) {
            for (Map.Entry<String, Integer> c : row.entrySet()) {
                int b = tags.indexOf(c.getKey());
                if (b >= 0) unigram[b] += c.getValue();
                total += c.getValue();
            }
        }
        double[][] out = new double[t + 1][t];
        if (total == 0 || weight == 0) return out;
        for (int b = 0; b < t; b++) unigram[b] = (unigram[b] + ALPHA / t) / (total + ALPHA); // no tag is impossible
        for (int a = 0; a <= t; a++) {
            Map<String, Integer> row = counts.getOrDefault(a == t ? START : tags.get(a), Map.of());
            double rowTotal = row.values().stream().mapToInt(Integer::intValue).sum();
            for (int b = 0; b < t; b++) {
                double c = row.getOrDefault(tags.get(b), 0);
                double conditional = (c + ALPHA * unigram[b]) / (rowTotal + ALPHA);
                out[a][b] = weight * (Math.log(conditional) - Math.log(unigram[b]));
            }
        }
        return out;
    }

    /** Writes {@value #FILE} into the model folder {@code dir}. */
    public void save(Path dir) throws IOException {
        JSON.writeValue(dir.resolve(FILE).toFile(), this);
    }

    /** The transitions saved in the model folder {@code dir}, or {@code null} when it has none. */
    public static SlotTransitions loadIfPresent(Path dir) throws IOException {
        Path f = dir.resolve(FILE);
        return Files.isRegularFile(f) ? JSON.readValue(f.toFile(), SlotTransitions.class) : null;
    }
}
