package io.xiaobu.chat.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xiaobu.chat.Texts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads LCCC: {@code post \t reply} lines (chars space-separated) and {@code toy_data.json} sessions. */
public final class LcccReader {

    private LcccReader() {
    }

    /** Pairs of a {@code post \t reply} file; malformed lines are skipped. */
    public static List<ChatPair> readPairs(Path file) throws IOException {
        List<ChatPair> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                continue;
            }
            String post = Texts.clean(Texts.unspace(line.substring(0, tab)));
            String reply = Texts.clean(Texts.unspace(line.substring(tab + 1)));
            if (Texts.hasContent(post) && Texts.hasContent(reply)) {
                out.add(ChatPair.of(post, reply, "lccc", file.getFileName().toString()));
            }
        }
        return out;
    }

    /** Consecutive-turn pairs of the sessions in one split ({@code train}, {@code valid}, {@code test}). */
    public static List<ChatPair> readSessions(Path json, String split) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        List<ChatPair> out = new ArrayList<>();
        for (JsonNode session : root.path(split)) {
            for (int i = 0; i + 1 < session.size(); i++) {
                String post = Texts.clean(Texts.unspace(session.get(i).asText()));
                String reply = Texts.clean(Texts.unspace(session.get(i + 1).asText()));
                if (Texts.hasContent(post) && Texts.hasContent(reply)) {
                    out.add(ChatPair.of(post, reply, "lccc", "toy_data." + split));
                }
            }
        }
        return out;
    }
}
