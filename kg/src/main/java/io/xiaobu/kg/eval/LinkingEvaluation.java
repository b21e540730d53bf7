package io.xiaobu.kg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xiaobu.kg.imports.Nlpcc2018Split;
import io.xiaobu.kg.link.EntityLink;
import io.xiaobu.kg.link.EntityLinker;
import io.xiaobu.kg.link.LinkResult;
import io.xiaobu.kg.link.MatchKind;
import io.xiaobu.kg.model.EntityType;
import io.xiaobu.kg.store.GraphReader;
import io.xiaobu.kg.text.MatchFold;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Linking accuracy. A gold mention counts as linked when a selected link overlapping its span names the
 * gold canonical entity.
 * <ul>
 *   <li>{@code nlpcc2018}: singer/song slots of the corpus; {@code mention||canonical} slots are real ASR
 *       errors and are reported apart. Default: the project's dev sessions only (their ASR aliases were not
 *       imported).</li>
 *   <li>{@code kdconv}: the topic entity of each dialogue (the first knowledge triple's subject) in every
 *       user turn that names it.</li>
 * </ul>
 */
public final class LinkingEvaluation {

    /**
     * One gold mention in an utterance; {@code seen}: an ASR-error mention that also occurs as one in train.
     * {@code start < 0}: an utterance without any song/singer slot (any sound link to a song or person there
     * is counted as a false positive).
     */
    record Gold(String text, int start, int end, String canonical, boolean asrError, boolean seen) {}

    /** Which NLPCC 2018 mentions are scored. */
    public enum Split {
        /** All song/singer mentions of the dev sessions (their ASR-error aliases were not imported). */
        DEV,
        /** All mentions of every session (train ASR errors are imported aliases: optimistic). */
        ALL,
        /**
         * The ASR-error mentions of the train sessions, each distinct one once, for a linker whose index
         * leaves out every ASR-error alias ({@link #asrMentions}): a larger set of errors the index has not seen.
         */
        TRAIN_ASR
    }

    private static final Pattern TAG = Pattern.compile("<(\\w+)>(.*?)</\\1>");

    /** The normalised mentions of all {@code mention||canonical} slots in train sessions. */
    public static Set<String> asrMentions(Path file) throws IOException {
        Set<String> out = new HashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] c = line.split("\t");
            if (c.length < 4 || Nlpcc2018Split.isDev(c[0])) continue;
            Matcher m = TAG.matcher(c[3]);
            while (m.find()) {
                String[] parts = m.group(2).split("\\|\\|", -1);
                if (parts.length > 1) out.add(MatchFold.normalize(parts[0].trim()));
            }
        }
        return out;
    }

    /** Passes alias rows on with every alias in {@code drop} removed (canonical names are kept). */
    public static Consumer<GraphReader.AliasRow> withoutAliases(Set<String> drop, Consumer<GraphReader.AliasRow> sink) {
        return row -> sink.accept(new GraphReader.AliasRow(row.id(), row.name(), row.type(),
                row.aliases().stream().filter(a -> !drop.contains(MatchFold.normalize(a.trim()))).toList(), row.popularity()));
    }


    static List<Gold> nlpcc2018(Path file, Split split) throws IOException {
        Set<String> seenInTrain = asrMentions(file);
        List<Gold> out = new ArrayList<>();
        Set<String> distinct = new HashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] c = line.split("\t");
            if (c.length < 4) continue;
            boolean dev = Nlpcc2018Split.isDev(c[0]);
            if (split == Split.DEV && !dev || split == Split.TRAIN_ASR && dev) continue;
            StringBuilder plain = new StringBuilder();
            List<Gold> inLine = new ArrayList<>();
            Matcher m = TAG.matcher(c[3]);
            int last = 0;
            while (m.find()) {
                plain.append(c[3], last, m.start());
                String[] parts = m.group(2).split("\\|\\|", -1);
                int start = plain.length();
                plain.append(parts[0]);
                if (m.group(1).equals("singer") || m.group(1).equals("song")) {
                    boolean asr = parts.length > 1;
                    inLine.add(new Gold(null, start, plain.length(), asr ? parts[1] : parts[0], asr,
                            asr && seenInTrain.contains(MatchFold.normalize(parts[0].trim()))));
                }
                last = m.end();
            }
            plain.append(c[3].substring(last));
            String text = plain.toString();
            if (inLine.isEmpty() && split != Split.TRAIN_ASR) out.add(new Gold(text, -1, -1, null, false, false));
            for (Gold g : inLine) {
                if (split == Split.TRAIN_ASR && (!g.asrError() || !distinct.add(text + "\t" + g.start() + "\t" + g.canonical()))) continue;
                out.add(new Gold(text, g.start(), g.end(), g.canonical(), g.asrError(), g.seen()));
            }
        }
        return out;
    }

    static List<Gold> kdconv(Path file) throws IOException {
        List<Gold> out = new ArrayList<>();
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        for (JsonNode dialogue : root) {
            String topic = null;
            for (JsonNode msg : dialogue.path("messages")) {
                for (JsonNode a : msg.path("attrs")) if (topic == null) topic = a.path("name").asText(null);
            }
            if (topic == null || topic.isBlank()) continue;
            int i = 0;
            for (JsonNode msg : dialogue.path("messages")) {
                String text = msg.path("message").asText("");
                int at = text.indexOf(topic);
                if (i++ % 2 == 0 && at >= 0) out.add(new Gold(text, at, at + topic.length(), topic, false, false));
            }
        }
        return out;
    }

    public static Map<String, Object> run(EntityLinker linker, String format, Path file, Split split) throws IOException {
        List<Gold> gold = format.equals("kdconv") ? kdconv(file) : nlpcc2018(file, split);
        int[] clean = new int[2];
        int[] asr = new int[2];
        int[] unseen = new int[2];
        long[] nanos = new long[gold.size()];
        List<Map<String, String>> errors = new ArrayList<>();
        int withoutSlots = 0;
        Map<String, Integer> falseSound = new TreeMap<>();
        List<String> falseExamples = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            Gold g = gold.get(i);
            long t = System.nanoTime();
            LinkResult r = linker.link(g.text());
            nanos[i] = System.nanoTime() - t;
            if (g.start() < 0) {
                withoutSlots++;
                for (EntityLink l : r.links()) {
                    if (l.kind() == MatchKind.NAME || l.kind() == MatchKind.ALIAS) continue;
                    if (l.type() != EntityType.SONG && l.type() != EntityType.PERSON) continue;
                    falseSound.merge(l.kind().name(), 1, Integer::sum);
                    if (falseExamples.size() < 30) falseExamples.add(g.text() + " : " + l.mention() + " → " + l.name() + " " + l.kind());
                }
                continue;
            }
            boolean ok = false;
            String got = "";
            for (EntityLink l : r.links()) {
                if (l.start() < g.end() && g.start() < l.end()) {
                    got = l.name();
                    if (same(l.name(), g.canonical())) ok = true;
                }
            }
            int[] bucket = g.asrError() ? asr : clean;
            bucket[0]++;
            if (ok) bucket[1]++;
            if (g.asrError() && !g.seen()) {
                unseen[0]++;
                if (ok) unseen[1]++;
            }
            if (!ok && errors.size() < 200) {
                errors.add(Map.of("text", g.text(), "mention", g.text().substring(g.start(), g.end()), "gold", g.canonical(), "got", got));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", format);
        out.put("n", clean[0] + asr[0]);
        out.put("clean_n", clean[0]);
        out.put("clean_accuracy", clean[0] == 0 ? 0 : (double) clean[1] / clean[0]);
        out.put("asr_error_n", asr[0]);
        out.put("asr_error_accuracy", asr[0] == 0 ? 0 : (double) asr[1] / asr[0]);
        out.put("asr_error_unseen_n", unseen[0]);
        out.put("asr_error_unseen_accuracy", unseen[0] == 0 ? 0 : (double) unseen[1] / unseen[0]);
        out.put("utterances_without_song_or_singer", withoutSlots);
        out.put("sound_links_there_by_kind", falseSound);
        out.put("sound_links_there_examples", falseExamples);
        out.put("aliases_loaded", linker.index().aliasCount());
        out.put("latency_ms_p50", Percentiles.ms(nanos, 50));
        out.put("latency_ms_p99", Percentiles.ms(nanos, 99));
        out.put("first_errors", errors);
        return out;
    }

    private static boolean same(String a, String b) {
        return MatchFold.normalize(a).replace(" ", "").equals(MatchFold.normalize(b).replace(" ", ""));
    }
}
