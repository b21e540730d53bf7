package io.xiaobu.nlu.data;

import io.xiaobu.nlu.Slot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CAIS: one {@code char TAG} per line (BIOES tags), a blank line between utterances, and the intents
 * one per line in the sibling file {@code <name>.intent}.
 */
public final class CaisReader implements NluReader {

    @Override
    public List<NluExample> read(Path file) throws IOException {
        Path intentFile = file.resolveSibling(file.getFileName() + ".intent");
        List<String> intents = Files.exists(intentFile)
                ? Files.readAllLines(intentFile, StandardCharsets.UTF_8).stream().map(String::strip).filter(s -> !s.isEmpty()).toList()
                : List.of();
        List<NluExample> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<String> tags = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            String l = line.stripTrailing();
            if (l.isBlank()) {
                flush(text, tags, intents, out);
                continue;
            }
            int sp = l.lastIndexOf(' ');
            if (sp < 0) throw new IOException(file + ":" + lineNo + ": expected 'char TAG', got '" + l + "'");
            String ch = sp == 0 ? " " : l.substring(0, sp); // the token itself may be a space
            text.append(ch);
            for (int i = 0; i < ch.length(); i++) tags.add(i == 0 ? l.substring(sp + 1) : continuation(l.substring(sp + 1)));
        }
        flush(text, tags, intents, out);
        if (!intents.isEmpty() && intents.size() != out.size()) {
            throw new IOException(intentFile + ": " + intents.size() + " intents for " + out.size() + " utterances");
        }
        return out;
    }

    private static String continuation(String tag) {
        return tag.equals("O") ? "O" : "I-" + tag.substring(2);
    }

    private static void flush(StringBuilder text, List<String> tags, List<String> intents, List<NluExample> out) {
        if (text.isEmpty()) return;
        int idx = out.size();
        String intent = idx < intents.size() ? intents.get(idx) : null;
        out.add(new NluExample(String.valueOf(idx + 1), String.valueOf(idx + 1), text.toString(), null, intent,
                bioesToSlots(text.toString(), tags), "", null, null, null));
        text.setLength(0);
        tags.clear();
    }

    /** Decodes BIOES (also plain BIO) tags into slots; a broken sequence closes the open span. */
    static List<Slot> bioesToSlots(String text, List<String> tags) {
        List<Slot> slots = new ArrayList<>();
        int start = -1;
        String name = null;
        for (int i = 0; i <= tags.size(); i++) {
            String t = i < tags.size() ? tags.get(i) : "O";
            String p = t.length() > 2 && t.charAt(1) == '-' ? t.substring(0, 1) : "O";
            String n = p.equals("O") ? null : t.substring(2);
            boolean continues = name != null && n != null && n.equals(name) && (p.equals("I") || p.equals("E"));
            if (!continues && name != null) {
                slots.add(new Slot(name, text.substring(start, i), null, start, i, null));
                name = null;
            }
            if (n != null && !continues) {
                start = i;
                name = n;
            }
            if (name != null && (p.equals("E") || p.equals("S"))) {
                slots.add(new Slot(name, text.substring(start, i + 1), null, start, i + 1, null));
                name = null;
            }
        }
        return slots;
    }
}
