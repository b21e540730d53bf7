package io.xiaobu.kg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xiaobu.kg.imports.Nlpcc2018Split;
import io.xiaobu.kg.link.EntityLink;
import io.xiaobu.kg.link.EntityLinker;
import io.xiaobu.kg.link.LinkResult;
import io.xiaobu.kg.text.MatchFold;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** One gold mention in an utterance. */
    record Gold(String text, int start, int end, String canonical, boolean asrError) {}


    static List<Gold> nlpcc2018(Path file, boolean devOnly) throws IOException {
        List<Gold> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] c = line.split("\t");
            if (c.length < 4 || (devOnly && !Nlpcc2018Split.isDev(c[0]))) continue;
            StringBuilder plain = new StringBuilder();
            List<Gold> inLine = new ArrayList<>();
            Matcher m = Pattern.compile("<(\\w+)>(.*?)</\\1>").matcher(c[3]);
            int last = 0;
            while (m.find()) {
                plain.append(c[3], last, m.start());
                String[] parts = m.group(2).split("\\|\\|", -1);
                int start = plain.length();
                plain.append(parts[0]);
                if (m.group(1).equals("singer") || m.group(1).equals("song")) {
                    boolean asr = parts.length > 1;
                    inLine.add(new Gold(null, start, plain.length(), asr ? parts[1] : parts[0], asr));
                }
                last = m.end();
            }
            plain.append(c[3].substring(last));
            String text = plain.toString();
            for (Gold g : inLine) out.add(new Gold(text, g.start(), g.end(), g.canonical(), g.asrError()));
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
                if (i++ % 2 == 0 && at >= 0) out.add(new Gold(text, at, at + topic.length(), topic, false));
            }
        }
        return out;
    }

    public static Map<String, Object> run(EntityLinker linker, String format, Path file, boolean devOnly) throws IOException {
        List<Gold> gold = format.equals("kdconv") ? kdconv(file) : nlpcc2018(file, devOnly);
        int[] clean = new int[2];
        int[] asr = new int[2];
        long[] nanos = new long[gold.size()];
        List<Map<String, String>> errors = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            Gold g = gold.get(i);
            long t = System.nanoTime();
            LinkResult r = linker.link(g.text());
            nanos[i] = System.nanoTime() - t;
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
            if (!ok && errors.size() < 40) {
                errors.add(Map.of("text", g.text(), "mention", g.text().substring(g.start(), g.end()), "gold", g.canonical(), "got", got));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", format);
        out.put("n", gold.size());
        out.put("clean_n", clean[0]);
        out.put("clean_accuracy", clean[0] == 0 ? 0 : (double) clean[1] / clean[0]);
        out.put("asr_error_n", asr[0]);
        out.put("asr_error_accuracy", asr[0] == 0 ? 0 : (double) asr[1] / asr[0]);
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
