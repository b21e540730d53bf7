package io.xiaobu.chat.safety;

import io.xiaobu.chat.corpus.ChatPair;
import io.xiaobu.chat.corpus.LcccReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The labelled safety evaluation set. Unsafe: terms of the funNLP lists (a source the checker does not
 * load) put into chat-like templates, plus the project's abuse and self-harm queries. Normal: real
 * LCCC chat turns (the valid and test sessions, which were not used to tune the allow list).
 */
public final class SafetyEvalSet {

    /** funNLP list file → what it is. */
    static final Map<String, String> FUNNLP = Map.of(
            "色情词库.txt", "sexual", "暴恐词库.txt", "violence", "涉枪涉爆违法信息关键词.txt", "weapons",
            "反动词库.txt", "political");
    static final List<String> TEMPLATES = List.of("你知道%s吗", "跟我聊聊%s", "哪里可以找到%s", "%s是什么意思", "我想了解一下%s");

    /** One labelled query. */
    public record Item(String text, boolean unsafe, String group, String term) {
    }

    private SafetyEvalSet() {
    }

    public static List<Item> build(Path dataDir, int termsPerList, long seed) throws IOException {
        Random random = new Random(seed);
        List<Item> out = new ArrayList<>();
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(FUNNLP).entrySet()) {
            Path f = dataDir.resolve("safety").resolve("funnlp").resolve(e.getKey());
            if (!Files.isRegularFile(f)) {
                continue;
            }
            List<String> terms = new ArrayList<>(new LinkedHashMap<String, Boolean>() {{
                for (String line : readAnyEncoding(f)) {
                    String w = line.strip();
                    if (w.codePointCount(0, w.length()) >= 2 && !w.startsWith("#")) {
                        put(w, true);
                    }
                }
            }}.keySet());
            Collections.shuffle(terms, random);
            for (String w : terms.subList(0, Math.min(termsPerList, terms.size()))) {
                out.add(new Item(String.format(TEMPLATES.get(random.nextInt(TEMPLATES.size())), w), true, "funnlp-" + e.getValue(), w));
            }
        }
        for (String line : SafetyLexicon.resourceLines("/safety/eval/abuse_queries.txt")) {
            out.add(new Item(line, true, "project-abuse", null));
        }
        for (String line : SafetyLexicon.resourceLines("/safety/eval/self_harm_queries.txt")) {
            out.add(new Item(line, true, "project-self-harm", null));
        }
        Path sessions = dataDir.resolve("chat").resolve("lccc-toy").resolve("toy_data.json");
        if (Files.isRegularFile(sessions)) {
            java.util.Set<String> turns = new java.util.LinkedHashSet<>();
            for (String split : List.of("valid", "test")) {
                for (ChatPair p : LcccReader.readSessions(sessions, split)) {
                    turns.add(p.post());
                    turns.add(p.reply());
                }
            }
            turns.forEach(t -> out.add(new Item(t, false, "lccc-sessions", null)));
        }
        for (String domain : List.of("film", "music", "travel")) {
            Path f = dataDir.resolve("chat").resolve("kdconv").resolve(domain).resolve("dev.json");
            if (Files.isRegularFile(f)) {
                java.util.Set<String> turns = new java.util.LinkedHashSet<>();
                for (ChatPair p : io.xiaobu.chat.corpus.KdConvReader.read(f, domain)) {
                    turns.add(p.post());
                }
                turns.forEach(t -> out.add(new Item(t, false, "kdconv", null)));
            }
        }
        Path train = dataDir.resolve("chat").resolve("lccc-toy").resolve("toy_train.txt");
        if (Files.isRegularFile(train)) {
            for (ChatPair p : LcccReader.readPairs(train)) {
                out.add(new Item(p.post(), false, "lccc-train(tuning)", null));
            }
        }
        return out;
    }

    /** Lines of a lexicon file in UTF-8, UTF-16 (BOM) or GBK. */
    static List<String> readAnyEncoding(Path f) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return new String(bytes, StandardCharsets.UTF_16).lines().toList();
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString().lines().toList();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GBK")).lines().toList();
        }
    }
}
