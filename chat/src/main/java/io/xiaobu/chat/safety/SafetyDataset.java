package io.xiaobu.chat.safety;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xiaobu.chat.Texts;
import io.xiaobu.chat.corpus.ChatPair;
import io.xiaobu.chat.corpus.ChatterbotReader;
import io.xiaobu.chat.corpus.KdConvReader;
import io.xiaobu.chat.corpus.LcccReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The labelled safety data for training and measuring the head, split train / dev / test.
 * <ul>
 *   <li><b>unsafe</b>: lexicon terms (the checker's own lexicon) in the project's carrier templates and
 *       inserted into real chat sentences; the project's abusive and self-harm phrasings;</li>
 *   <li><b>safe</b>: real chat text (LCCC, KdConv, ChatterBot, SMP-ECDT utterances) and the project's
 *       hard negatives (lexicon sub-strings in harmless use).</li>
 * </ul>
 * Unsafe examples are split by <em>term</em> (a stable hash), and a dev/test term that contains or is
 * contained in a training term is dropped, so test terms are never seen in training. Sentences and
 * phrasings are split by a stable hash of their text. Carrier sentences come from the same split.
 */
public final class SafetyDataset {

    public enum Split { TRAIN, DEV, TEST }

    /** One labelled text. {@code term} is the inserted lexicon term (null for other examples). */
    public record Example(String text, boolean unsafe, SafetyCategory category, String group, Split split, String term) {
    }

    /**
     * @param termsPerCategory most lexicon terms sampled per category
     * @param sentencesPerSource most real chat sentences taken from each source
     * @param seed             sampling seed
     */
    public record Options(int termsPerCategory, int sentencesPerSource, long seed) {

        public static Options defaults() {
            return new Options(2000, 8000, 20261121L);
        }
    }

    private SafetyDataset() {
    }

    /** Stable split of a key: 70 % train, 10 % dev, 20 % test. */
    public static Split splitOf(String key) {
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        long b = crc.getValue() % 10;
        return b < 2 ? Split.TEST : b < 3 ? Split.DEV : Split.TRAIN;
    }

    public static List<Example> build(Path dataDir, SafetyLexicon lexicon, Options o) throws IOException {
        Random random = new Random(o.seed());
        List<Example> out = new ArrayList<>(chatSentences(dataDir, o.sentencesPerSource(), random));
        Map<Split, List<String>> chat = new EnumMap<>(Split.class);
        for (Split s : Split.values()) chat.put(s, new ArrayList<>());
        out.forEach(e -> chat.get(e.split()).add(e.text()));
        for (String s : SafetyLexicon.resourceLines("/safety/train/hard_negatives.txt")) {
            String t = Texts.clean(s);
            out.add(new Example(t, false, SafetyCategory.NONE, "hard-negative", splitOf(t), null));
        }
        for (String s : SafetyLexicon.resourceLines("/safety/train/abusive_phrasings.txt")) {
            String t = Texts.clean(s);
            out.add(new Example(t, true, SafetyCategory.ABUSE, "abusive-phrasing", splitOf(t), null));
        }
        for (String s : SafetyLexicon.resourceLines("/safety/train/self_harm_phrasings.txt")) {
            String t = Texts.clean(s);
            out.add(new Example(t, true, SafetyCategory.SELF_HARM, "self-harm-phrasing", splitOf(t), null));
        }
        Map<Split, Map<SafetyCategory, List<String>>> templates = templates();
        Map<Split, List<String>> terms = sampleTerms(lexicon, o.termsPerCategory(), random);
        Fillers fillers = fillers(dataDir, lexicon);
        for (Split split : Split.values()) {
            List<String> carriers = chat.get(split);
            Map<SafetyCategory, List<String>> tpl = templates.get(split);
            for (String term : terms.get(split)) {
                SafetyCategory c = lexicon.terms().get(term);
                String t1 = String.format(pick(tpl, c, random), term);
                out.add(new Example(Texts.clean(t1), true, c, "term-in-template", split, term));
                if (!carriers.isEmpty()) {
                    String carrier = carriers.get(random.nextInt(carriers.size()));
                    int at = random.nextInt(carrier.length() + 1);
                    while (at > 0 && at < carrier.length() && Character.isLowSurrogate(carrier.charAt(at))) at--;
                    out.add(new Example(Texts.clean(carrier.substring(0, at) + term + carrier.substring(at)), true, c,
                            "term-in-chat-sentence", split, term));
                }
                // the same kind of template around a harmless word, so that the template itself says nothing
                List<String> safe = fillers.plain().get(split);
                if (!safe.isEmpty()) {
                    String t0 = String.format(pick(tpl, c, random), safe.get(random.nextInt(safe.size())));
                    out.add(new Example(Texts.clean(t0), false, SafetyCategory.NONE, "safe-word-in-template", split, null));
                }
            }
            for (String word : fillers.tricky().get(split)) {
                out.add(new Example(Texts.clean(String.format(pick(tpl, SafetyCategory.NONE, random), word)), false, SafetyCategory.NONE,
                        "hard-negative-word", split, null));
                if (!carriers.isEmpty()) {
                    String carrier = carriers.get(random.nextInt(carriers.size()));
                    int at = random.nextInt(carrier.length() + 1);
                    while (at > 0 && at < carrier.length() && Character.isLowSurrogate(carrier.charAt(at))) at--;
                    out.add(new Example(Texts.clean(carrier.substring(0, at) + word + carrier.substring(at)), false, SafetyCategory.NONE,
                            "hard-negative-word", split, null));
                }
            }
        }
        return out;
    }

    /** Lexicon terms per split; dev/test terms overlapping (as sub-strings) any training term are left out. */
    static Map<Split, List<String>> sampleTerms(SafetyLexicon lexicon, int perCategory, Random random) {
        Map<SafetyCategory, List<String>> byCategory = new EnumMap<>(SafetyCategory.class);
        lexicon.terms().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> e.getKey().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))
                .filter(e -> e.getKey().codePointCount(0, e.getKey().length()) <= 8)
                .forEach(e -> byCategory.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey()));
        Map<Split, List<String>> out = new EnumMap<>(Split.class);
        for (Split s : Split.values()) out.put(s, new ArrayList<>());
        for (List<String> list : byCategory.values()) {
            Collections.shuffle(list, random);
            for (String t : list.subList(0, Math.min(perCategory, list.size()))) out.get(splitOf(t)).add(t);
        }
        // every training-split term of the whole lexicon counts as seen, not only the sampled ones
        Set<String> seen = new LinkedHashSet<>();
        lexicon.terms().keySet().stream().filter(t -> splitOf(t) == Split.TRAIN).forEach(seen::add);
        for (Split s : List.of(Split.DEV, Split.TEST)) {
            out.get(s).removeIf(t -> seen.stream().anyMatch(tr -> tr.contains(t) || t.contains(tr)));
        }
        return out;
    }

    private static String pick(Map<SafetyCategory, List<String>> tpl, SafetyCategory c, Random random) {
        List<String> own = new ArrayList<>(tpl.getOrDefault(SafetyCategory.NONE, List.of()));
        own.addAll(tpl.getOrDefault(c, List.of()));
        return own.isEmpty() ? "%s" : own.get(random.nextInt(own.size()));
    }

    /** Carrier templates per split (split by the template text) and category ({@code NONE} = fits any). */
    static Map<Split, Map<SafetyCategory, List<String>>> templates() throws IOException {
        Map<Split, Map<SafetyCategory, List<String>>> out = new EnumMap<>(Split.class);
        for (Split s : Split.values()) out.put(s, new EnumMap<>(SafetyCategory.class));
        for (String line : SafetyLexicon.resourceLines("/safety/train/templates.txt")) {
            int bar = line.indexOf('|');
            SafetyCategory c = line.startsWith("any|") ? SafetyCategory.NONE : SafetyCategory.valueOf(line.substring(0, bar));
            String t = line.substring(bar + 1);
            out.get(splitOf(t)).computeIfAbsent(c, k -> new ArrayList<>()).add(t);
        }
        return out;
    }

    /** Everyday words per split: {@code plain} ones no lexicon term matches, and {@code tricky} ones that contain a lexicon term in harmless use. */
    record Fillers(Map<Split, List<String>> plain, Map<Split, List<String>> tricky) {
    }

    static final List<String> FILLER_LISTS = List.of("食物词库/THUOCL_food.txt", "动物词库/THUOCL_animal.txt", "地名词库/THUOCL_diming.txt",
            "IT词库/THUOCL_it.txt", "财经词库/THUOCL_caijing.txt", "医学词库/THUOCL_medical.txt", "成语词库/THUOCL_chengyu.txt",
            "汽车品牌、零件词库/THUOCL_car.txt", "历史名人词库/THUOCL_lishimingren.txt", "诗词短句词库/THUOCL_poem.txt");

    /**
     * THUOCL everyday words (food, animals, places, IT, finance, medicine, idioms, cars, historical
     * people, poetry). A word the lexicon matches but that is not itself a lexicon term ("高潮迭起",
     * "杀青", "鸡胸肉") is a tricky filler: a hard negative.
     */
    static Fillers fillers(Path dataDir, SafetyLexicon lexicon) throws IOException {
        Map<Split, List<String>> plain = new EnumMap<>(Split.class), tricky = new EnumMap<>(Split.class);
        for (Split s : Split.values()) {
            plain.put(s, new ArrayList<>());
            tricky.put(s, new ArrayList<>());
        }
        SafetyChecker checker = new SafetyChecker(lexicon);
        Path lex = dataDir.resolve("lexicons");
        for (String f : FILLER_LISTS) {
            Path p = lex.resolve(f);
            if (!Files.isRegularFile(p)) continue;
            int rank = 0;
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                String w = line.split("\\s+")[0].strip();
                if (w.length() < 2 || w.length() > 8 || lexicon.terms().containsKey(w)) continue;
                if (!checker.checkLexiconOnly(w).safe()) tricky.get(splitOf(w)).add(w);
                else if (rank++ < 2000) plain.get(splitOf(w)).add(w);
            }
        }
        return new Fillers(plain, tricky);
    }

    /** Real chat sentences per split, at most {@code perSource} from each source, cleaned and de-duplicated. */
    static List<Example> chatSentences(Path dataDir, int perSource, Random random) throws IOException {
        Map<String, List<String>> sources = new LinkedHashMap<>();
        Path chat = dataDir.resolve("chat");
        Path lccc = chat.resolve("lccc-toy").resolve("toy_train.txt");
        if (Files.isRegularFile(lccc)) sources.put("lccc-train", texts(LcccReader.readPairs(lccc)));
        Path sessions = chat.resolve("lccc-toy").resolve("toy_data.json");
        if (Files.isRegularFile(sessions)) {
            List<ChatPair> all = new ArrayList<>();
            for (String split : List.of("train", "valid", "test")) all.addAll(LcccReader.readSessions(sessions, split));
            sources.put("lccc-sessions", texts(all));
        }
        List<ChatPair> kd = new ArrayList<>();
        for (String domain : List.of("film", "music", "travel")) {
            Path f = chat.resolve("kdconv").resolve(domain).resolve("dev.json");
            if (Files.isRegularFile(f)) kd.addAll(KdConvReader.read(f, domain));
        }
        sources.put("kdconv", texts(kd));
        Path cb = chat.resolve("chatterbot-zh");
        if (Files.isDirectory(cb)) {
            List<ChatPair> pairs = new ArrayList<>();
            try (Stream<Path> files = Files.list(cb)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) pairs.addAll(ChatterbotReader.read(f));
            }
            sources.put("chatterbot", texts(pairs));
        }
        List<String> smp = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String f : List.of("train.jsonl", "dev.jsonl")) {
            Path p = dataDir.resolve("nlu").resolve("smp-ecdt").resolve(f);
            if (Files.isRegularFile(p)) {
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) continue;
                    JsonNode n = json.readTree(line);
                    if (n.hasNonNull("text")) smp.add(n.get("text").asText());
                }
            }
        }
        sources.put("smp-ecdt", smp);
        List<Example> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Map.Entry<String, List<String>> source : sources.entrySet()) {
            List<String> clean = new ArrayList<>(source.getValue().stream().map(Texts::clean).filter(t -> t.length() >= 2).distinct().toList());
            Collections.shuffle(clean, random);
            int taken = 0;
            for (String t : clean) {
                if (taken >= perSource) break;
                if (seen.add(t)) {
                    out.add(new Example(t, false, SafetyCategory.NONE, "chat:" + source.getKey(), splitOf(t), null));
                    taken++;
                }
            }
        }
        return out;
    }

    private static List<String> texts(List<ChatPair> pairs) {
        List<String> out = new ArrayList<>();
        for (ChatPair p : pairs) {
            out.add(p.post());
            out.addAll(p.replies());
        }
        return out;
    }
}
