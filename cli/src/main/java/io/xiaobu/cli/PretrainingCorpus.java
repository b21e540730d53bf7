package io.xiaobu.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xiaobu.chat.corpus.ChatCorpus;
import io.xiaobu.chat.corpus.ChatPair;
import io.xiaobu.chat.corpus.PersonaBook;
import io.xiaobu.kg.eval.KbqaEvaluation;
import io.xiaobu.nlu.data.DatasetFormat;
import io.xiaobu.nlu.data.NluExample;
import io.xiaobu.nlu.data.Splits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The running Chinese text under the data dir, for masked-char pretraining of the backbone: every
 * utterance, question and chat turn, <b>minus every part a benchmark scores</b> — the dev files of
 * SMP-ECDT, SMP2017 and CAIS, the sessions / dialogues NLPCC 2018 and CATSLU hold out ({@link #HOLDOUT},
 * the fraction the benchmark models use), CATSLU 4-domain's map rows (the same recordings as CATSLU
 * map, so possibly held-out ones), and the KBQA dev questions (ids divisible by 10). Word lists,
 * knowledge-graph triples and safety lexicons are not running text and are left out; the Dialogflow
 * agents are licensed for evaluation only. A text equal to a scored utterance is dropped whatever its
 * source (SMP2017's train file shares utterances with SMP-ECDT's dev file). Texts are deduplicated,
 * whitespace removed.
 */
public final class PretrainingCorpus {

    /** The hold-out fraction of the benchmark models of NLPCC 2018 and CATSLU map ({@code --holdout 0.1}). */
    public static final double HOLDOUT = 0.1;

    private final Set<String> texts = new LinkedHashSet<>();
    private final Map<String, Integer> bySource = new LinkedHashMap<>();
    private final Set<String> devTexts = new HashSet<>();
    private final int maxChars;

    private PretrainingCorpus(int maxChars) {
        this.maxChars = maxChars;
    }

    /**
     * Reads every source the data dir has (a missing one is skipped and counted as 0), cutting texts into
     * pieces of at most {@code maxChars} characters, the length the backbone reads ({@link #pieces}).
     */
    public static PretrainingCorpus collect(Path dataDir, int maxChars) throws IOException {
        PretrainingCorpus c = new PretrainingCorpus(maxChars);
        Path nlu = dataDir.resolve("nlu");
        // every scored utterance must be known before any text is added: one set's train file shares texts with another's dev file
        Map<DatasetFormat, List<String>> trainParts = new EnumMap<>(DatasetFormat.class);
        for (DatasetFormat f : DatasetFormat.values()) {
            Path folder = nlu.resolve(f.folder());
            List<NluExample> all = readIfPresent(f, folder.resolve(f.trainFile()));
            List<NluExample> scored = f.devFile() == null ? Splits.holdOut(all, HOLDOUT, true) : readIfPresent(f, folder.resolve(f.devFile()));
            List<NluExample> train = f.devFile() == null ? Splits.holdOut(all, HOLDOUT, false) : all;
            scored.forEach(e -> c.devTexts.add(e.text().replaceAll("\\s+", "")));
            trainParts.put(f, train.stream().map(NluExample::text).toList());
        }
        trainParts.forEach((f, texts) -> c.add(f.id() + " (train part)", texts));
        c.add("catslu-4domain train, not map", catslu4Domain(nlu.resolve("catslu-4domain/man/train_man.csv")));
        c.add("crosswoz val dialogues", crossWoz(nlu.resolve("crosswoz/val.json.zip")));
        Path kbqa = dataDir.resolve("kg/nlpcc2016-kbqa/nlpcc-iccpol-2016.kbqa.training-data");
        c.add("nlpcc2016-kbqa questions, not dev", Files.isRegularFile(kbqa)
                ? KbqaEvaluation.read(kbqa, false).stream().filter(i -> i.id() % 10 != 0).map(KbqaEvaluation.Item::question).toList()
                : List.of());
        List<String> chat = new ArrayList<>();
        for (ChatPair p : ChatCorpus.load(new PersonaBook(List.of()), dataDir.resolve("chat"))) {
            chat.add(p.post());
            chat.addAll(p.replies());
        }
        c.add("chat: lccc-toy, kdconv, chatterbot-zh", chat);
        return c;
    }

    /** The distinct texts, in the order first read. */
    public List<String> texts() {
        return List.copyOf(texts);
    }

    /** New distinct texts each source added, in reading order. */
    public Map<String, Integer> bySource() {
        return Map.copyOf(bySource);
    }

    /** One line per source with the count of new texts it added. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        bySource.forEach((k, v) -> sb.append(String.format("  %-42s %,8d%n", k, v)));
        return sb.append(String.format("  %-42s %,8d texts, %,d characters", "total", texts.size(),
                texts.stream().mapToLong(String::length).sum())).toString();
    }

    private void add(String source, List<String> raw) {
        int before = texts.size();
        for (String t : raw) {
            String s = t == null ? "" : t.replaceAll("\\s+", "");
            for (String piece : pieces(s, maxChars)) if (!devTexts.contains(piece)) texts.add(piece);
        }
        bySource.put(source, texts.size() - before);
    }

    /**
     * A text cut into pieces of at most {@code max} characters: after sentence-final punctuation where
     * it can (consecutive sentences stay together while they fit), else every {@code max} characters.
     */
    static List<String> pieces(String text, int max) {
        List<String> out = new ArrayList<>();
        if (text.length() <= max) {
            if (!text.isEmpty()) out.add(text);
            return out;
        }
        StringBuilder cur = new StringBuilder();
        for (String sentence : text.split("(?<=[。！？!?；;…])")) {
            if (cur.length() + sentence.length() > max && !cur.isEmpty()) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            for (int i = 0; i < sentence.length(); i += max) {
                String part = sentence.substring(i, Math.min(sentence.length(), i + max));
                if (part.length() == max) out.add(part);
                else cur.append(part);
            }
        }
        if (!cur.isEmpty()) out.add(cur.toString());
        return out;
    }

    private static List<NluExample> readIfPresent(DatasetFormat f, Path file) throws IOException {
        return Files.isRegularFile(file) ? f.reader().read(file) : List.of();
    }

    /** {@code wav_id,transcript,label} rows whose label is not 0 (map); the transcript may hold commas. */
    static List<String> catslu4Domain(Path csv) throws IOException {
        if (!Files.isRegularFile(csv)) return List.of();
        List<String> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String l : lines.subList(Math.min(1, lines.size()), lines.size())) {
            int first = l.indexOf(','), last = l.lastIndexOf(',');
            if (first < 0 || last <= first) continue;
            String label = l.substring(last + 1).strip();
            if (!label.equals("0")) out.add(l.substring(first + 1, last).replace("$", ""));
        }
        return out;
    }

    /** The user and system turns of the CrossWOZ dialogues in the zip ({@code messages[].content}). */
    static List<String> crossWoz(Path zip) throws IOException {
        if (!Files.isRegularFile(zip)) return List.of();
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                if (!e.getName().endsWith(".json")) continue;
                JsonNode root = new ObjectMapper().readTree(z.readAllBytes());
                for (JsonNode dialogue : root) {
                    for (JsonNode m : dialogue.path("messages")) out.add(m.path("content").asText(""));
                }
            }
        }
        return out;
    }
}
