package io.xiaobu.chat.generation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xiaobu.chat.Texts;
import io.xiaobu.chat.corpus.ChatPair;
import io.xiaobu.chat.corpus.ChatterbotReader;
import io.xiaobu.chat.corpus.LcccReader;
import io.xiaobu.chat.corpus.PersonaBook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The generator's training examples from the chat data dir, with session context where the corpus has it:
 * LCCC {@code toy_train.txt} pairs except its last {@code heldOut} lines (kept for {@code eval generation}),
 * LCCC {@code toy_data.json} train sessions and KdConv dialogues (each turn with up to {@code contextTurns}
 * previous turns), ChatterBot pairs, and the persona's own answers.
 */
public final class GenerationData {

    public static final String LCCC_PAIRS = "toy_train.txt";

    private GenerationData() {
    }

    public static List<GenExample> training(Path chatDir, PersonaBook persona, int heldOut, int contextTurns) throws IOException {
        List<GenExample> out = new ArrayList<>();
        for (ChatPair p : persona.pairs()) {
            p.replies().forEach(r -> out.add(new GenExample(List.of(p.post()), r, "persona")));
        }
        if (chatDir == null || !Files.isDirectory(chatDir)) {
            return out;
        }
        Path lccc = chatDir.resolve("lccc-toy");
        if (Files.isRegularFile(lccc.resolve(LCCC_PAIRS))) {
            trainPart(lccc.resolve(LCCC_PAIRS), heldOut).forEach(p -> out.add(new GenExample(List.of(p.post()), p.reply(), "lccc")));
        }
        if (Files.isRegularFile(lccc.resolve("toy_data.json"))) {
            for (JsonNode session : new ObjectMapper().readTree(lccc.resolve("toy_data.json").toFile()).path("train")) {
                List<String> turns = new ArrayList<>();
                session.forEach(t -> turns.add(Texts.clean(Texts.unspace(t.asText()))));
                addSession(out, turns, contextTurns, "lccc-session");
            }
        }
        for (String domain : List.of("film", "music", "travel")) {
            Path f = chatDir.resolve("kdconv").resolve(domain).resolve("dev.json");
            if (Files.isRegularFile(f)) {
                for (JsonNode dialogue : new ObjectMapper().readTree(f.toFile())) {
                    List<String> turns = new ArrayList<>();
                    dialogue.path("messages").forEach(m -> turns.add(Texts.clean(m.path("message").asText())));
                    addSession(out, turns, contextTurns, "kdconv");
                }
            }
        }
        Path bot = chatDir.resolve("chatterbot-zh");
        if (Files.isDirectory(bot)) {
            try (Stream<Path> files = Files.list(bot)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
                    ChatterbotReader.read(f).forEach(p -> out.add(new GenExample(List.of(p.post()), p.reply(), "chatterbot")));
                }
            }
        }
        return out;
    }

    /** The pairs of a {@code post \t reply} file without its last {@code heldOut} lines. */
    public static List<ChatPair> trainPart(Path pairsFile, int heldOut) throws IOException {
        List<ChatPair> pairs = LcccReader.readPairs(pairsFile);
        return pairs.subList(0, Math.max(0, pairs.size() - heldOut));
    }

    /** The last {@code n} pairs of a {@code post \t reply} file (all of it when n ≤ 0). */
    public static List<ChatPair> lastPart(Path pairsFile, int n) throws IOException {
        List<ChatPair> pairs = LcccReader.readPairs(pairsFile);
        return n <= 0 ? pairs : pairs.subList(Math.max(0, pairs.size() - n), pairs.size());
    }

    private static void addSession(List<GenExample> out, List<String> turns, int contextTurns, String source) {
        for (int i = 1; i < turns.size(); i++) {
            if (!Texts.hasContent(turns.get(i)) || !Texts.hasContent(turns.get(i - 1))) {
                continue;
            }
            List<String> context = turns.subList(Math.max(0, i - 1 - contextTurns), i);
            out.add(new GenExample(context, turns.get(i), source));
        }
    }
}
