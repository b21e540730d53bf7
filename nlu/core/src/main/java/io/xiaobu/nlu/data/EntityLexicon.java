package io.xiaobu.nlu.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags each character of an utterance with an entity type found by longest-match lookup in slot
 * lexicons (city, singer, song, poi …). Stands in for the knowledge-graph linker until it provides
 * the tags. Words shorter than {@code minLength} are ignored (single characters are too ambiguous).
 */
public final class EntityLexicon implements EntityTagger {

    /**
     * Lexicon files under the data dir and the entity type each provides, in precedence order (on a
     * word listed under two types the first wins): the slot dictionaries of the NLU datasets first (the
     * first models were trained with these alone), then broad word lists (THUOCL, the project's KG name
     * lists) for the domains those lack — animals, food, idioms, poem lines, people, apps, medicine, finance, cars.
     */
    private static final List<Map.Entry<String, String>> FILES = List.of(
            Map.entry("nlu/catslu-map/lexicon/operation_verb.txt", "operation"),
            Map.entry("nlu/catslu-map/lexicon/poi_name.txt", "poi"),
            Map.entry("nlu/nlpcc2018-task4/slot-dictionaries/emotion.txt", "emotion"),
            Map.entry("nlu/nlpcc2018-task4/slot-dictionaries/language.txt", "language"),
            Map.entry("nlu/nlpcc2018-task4/slot-dictionaries/scene.txt", "scene"),
            Map.entry("nlu/nlpcc2018-task4/slot-dictionaries/singer.txt", "singer"),
            Map.entry("nlu/nlpcc2018-task4/slot-dictionaries/song.txt", "song"),
            Map.entry("nlu/nlpcc2018-task4/slot-dictionaries/style.txt", "style"),
            Map.entry("nlu/nlpcc2018-task4/slot-dictionaries/theme.txt", "theme"),
            Map.entry("nlu/nlpcc2018-task4/slot-dictionaries/toplist.txt", "toplist"),
            Map.entry("nlu/smp-ecdt/dic/city.txt", "city"),
            Map.entry("nlu/smp-ecdt/dic/dishName.txt", "dish"),
            Map.entry("nlu/smp-ecdt/dic/province.txt", "province"),
            Map.entry("nlu/smp-ecdt/dic/railway_station.txt", "station"),
            Map.entry("kg/app-names/open-autoglm_apps.tsv", "app"),
            Map.entry("kg/app-names/open-autoglm_apps_ios.tsv", "app"),
            Map.entry("kg/person-relations/star_person_names.txt", "person"),
            Map.entry("lexicons/历史名人词库/THUOCL_lishimingren.txt", "person"),
            Map.entry("lexicons/成语词库/THUOCL_chengyu.txt", "idiom"),
            Map.entry("lexicons/诗词短句词库/THUOCL_poem.txt", "poem"),
            Map.entry("lexicons/动物词库/THUOCL_animal.txt", "animal"),
            Map.entry("lexicons/食物词库/THUOCL_food.txt", "food"),
            Map.entry("lexicons/医学词库/THUOCL_medical.txt", "medical"),
            Map.entry("lexicons/财经词库/THUOCL_caijing.txt", "finance"),
            Map.entry("lexicons/汽车品牌、零件词库/THUOCL_car.txt", "car"));

    private final Map<String, String> words;
    private final int minLength;
    private final int maxLength;
    private final List<String> types;

    public EntityLexicon(Map<String, String> words, int minLength) {
        this(words, minLength, words.values().stream().distinct().sorted().toList());
    }

    private EntityLexicon(Map<String, String> words, int minLength, List<String> types) {
        this.words = Map.copyOf(words);
        this.minLength = minLength;
        this.maxLength = words.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.types = List.copyOf(types);
    }

    /** An empty lexicon: every character is untagged. */
    public static EntityLexicon empty() {
        return new EntityLexicon(Map.of(), 2);
    }

    /** The types of the NLU datasets' own slot dictionaries (the default for training). */
    public static final List<String> DATASET_TYPES = List.of("city", "dish", "emotion", "language", "operation", "poi",
            "province", "scene", "singer", "song", "station", "style", "theme", "toplist");

    /** Loads the NLU datasets' slot dictionaries present under {@code dataDir}; missing files are skipped. */
    public static EntityLexicon load(Path dataDir) throws IOException {
        return load(dataDir, DATASET_TYPES);
    }

    /**
     * Loads the lexicons of the given types only — a trained model's {@code entityTypes}, so that it
     * is fed the tags it was trained with even after lists of new types were added here.
     */
    public static EntityLexicon load(Path dataDir, Collection<String> types) throws IOException {
        Map<String, String> words = new HashMap<>();
        for (Map.Entry<String, String> e : FILES) {
            if (!types.contains(e.getValue())) continue;
            Path f = dataDir.resolve(e.getKey());
            if (!Files.isRegularFile(f)) continue;
            boolean tsv = e.getKey().endsWith(".tsv"); // dict \t name \t package: the name is the second field
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String[] fields = line.split(tsv ? "\t" : "[\t ]", tsv ? 3 : 2);
                String w = (tsv ? (fields.length > 1 ? fields[1] : "") : fields[0]).strip().replace("\uFEFF", "");
                if (w.length() >= 2 && w.length() <= 20) words.putIfAbsent(w, e.getValue());
            }
        }
        return new EntityLexicon(words, 2, types.stream().distinct().sorted().toList());
    }

    /** Every type name this class can produce (the dataset dictionaries and the broad lists), in a stable order. */
    public static List<String> knownTypes() {
        return FILES.stream().map(Map.Entry::getValue).distinct().sorted().toList();
    }

    /** The types this lexicon was loaded with (sorted), or those its words carry. */
    @Override
    public List<String> types() {
        return types;
    }

    /** One entity type per char of {@code text} ({@code null} = none), by forward longest match. */
    @Override
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
