package io.xiaobu.nlu.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags each character of an utterance with an entity type found by longest-match lookup in slot
 * lexicons (city, singer, song, poi …). Stands in for the knowledge-graph linker until it provides
 * the tags. Words shorter than {@code minLength} are ignored (single characters are too ambiguous).
 */
public final class EntityLexicon {

    /** Lexicon files under the data dir and the entity type each provides. */
    private static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("nlu/smp-ecdt/dic/city.txt", "city"),
            Map.entry("nlu/smp-ecdt/dic/province.txt", "province"),
            Map.entry("nlu/smp-ecdt/dic/railway_station.txt", "station"),
            Map.entry("nlu/smp-ecdt/dic/dishName.txt", "dish"),
            Map.entry("nlu/nlpcc2018-task4/slot-dictionaries/singer.txt", "singer"),
            Map.entry("nlu/nlpcc2018-task4/slot-dictionaries/song.txt", "song"),
            Map.entry("nlu/nlpcc2018-task4/slot-dictionaries/style.txt", "style"),
            Map.entry("nlu/nlpcc2018-task4/slot-dictionaries/theme.txt", "theme"),
            Map.entry("nlu/nlpcc2018-task4/slot-dictionaries/scene.txt", "scene"),
            Map.entry("nlu/nlpcc2018-task4/slot-dictionaries/emotion.txt", "emotion"),
            Map.entry("nlu/nlpcc2018-task4/slot-dictionaries/language.txt", "language"),
            Map.entry("nlu/nlpcc2018-task4/slot-dictionaries/toplist.txt", "toplist"),
            Map.entry("nlu/catslu-map/lexicon/poi_name.txt", "poi"),
            Map.entry("nlu/catslu-map/lexicon/operation_verb.txt", "operation"));

    private final Map<String, String> words;
    private final int minLength;
    private final int maxLength;

    public EntityLexicon(Map<String, String> words, int minLength) {
        this.words = Map.copyOf(words);
        this.minLength = minLength;
        this.maxLength = words.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** An empty lexicon: every character is untagged. */
    public static EntityLexicon empty() {
        return new EntityLexicon(Map.of(), 2);
    }

    /** Loads every known lexicon present under {@code dataDir}; missing files are skipped. Earlier types win on clashes. */
    public static EntityLexicon load(Path dataDir) throws IOException {
        Map<String, String> words = new HashMap<>();
        for (var e : FILES.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            Path f = dataDir.resolve(e.getKey());
            if (!Files.isRegularFile(f)) continue;
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String w = line.split("[\t ]", 2)[0].strip();
                if (w.length() >= 2 && w.length() <= 20) words.putIfAbsent(w, e.getValue());
            }
        }
        return new EntityLexicon(words, 2);
    }

    /** The type names this lexicon can produce, in a stable order. */
    public static List<String> knownTypes() {
        return FILES.values().stream().distinct().sorted().toList();
    }

    /** One entity type per char of {@code text} ({@code null} = none), by forward longest match. */
    public String[] tag(String text) {
        String[] tags = new String[text.length()];
        int i = 0;
        while (i < text.length()) {
            int step = 1;
            for (int len = Math.min(maxLength, text.length() - i); len >= minLength; len--) {
                String type = words.get(text.substring(i, i + len));
                if (type != null) {
                    for (int k = i; k < i + len; k++) tags[k] = type;
                    step = len;
                    break;
                }
            }
            i += step;
        }
        return tags;
    }

    public int size() {
        return words.size();
    }
}
