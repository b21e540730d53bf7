package io.xiaobu.chat.generation;

import io.xiaobu.chat.Texts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The generator's char vocabulary: 0 PAD, 1 UNK, 2 CLS, 3 SEP (also the end of a reply), 4 TURN (between
 * context turns), then the chars. Text is {@link Texts#clean cleaned} first; punctuation is kept.
 */
public final class GenVocab {

    public static final int PAD = 0;
    public static final int UNK = 1;
    public static final int CLS = 2;
    public static final int SEP = 3;
    public static final int TURN = 4;
    static final int SPECIALS = 5;
    static final String FILE = "vocab.txt";

    private final List<Integer> chars;
    private final Map<Integer, Integer> ids = new HashMap<>();

    GenVocab(List<Integer> chars) {
        this.chars = List.copyOf(chars);
        for (int i = 0; i < chars.size(); i++) {
            ids.put(chars.get(i), i + SPECIALS);
        }
    }

    /** The {@code maxChars} most frequent chars (seen at least twice) of the texts. */
    public static GenVocab fit(Iterable<String> texts, int maxChars) {
        Map<Integer, Integer> freq = new HashMap<>();
        for (String t : texts) {
            Texts.clean(t).codePoints().filter(c -> !Character.isWhitespace(c)).forEach(c -> freq.merge(c, 1, Integer::sum));
        }
        List<Integer> top = freq.entrySet().stream().filter(e -> e.getValue() >= 2)
                .sorted((a, b) -> b.getValue().equals(a.getValue()) ? a.getKey() - b.getKey() : b.getValue() - a.getValue())
                .limit(maxChars).map(Map.Entry::getKey).toList();
        return new GenVocab(top);
    }

    public int size() {
        return SPECIALS + chars.size();
    }

    /** Char ids of the cleaned text (spaces dropped, unknown chars → UNK); never null. */
    public int[] encode(String text) {
        return Texts.clean(text).codePoints().filter(c -> !Character.isWhitespace(c))
                .map(c -> ids.getOrDefault(c, UNK)).toArray();
    }

    /** The text of char ids; specials are skipped. */
    public String decode(int[] tokens, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            int t = tokens[i];
            if (t >= SPECIALS && t < size()) {
                out.appendCodePoint(chars.get(t - SPECIALS));
            }
        }
        return out.toString();
    }

    /** True for ids that are chars (not a special). */
    public static boolean isChar(int id) {
        return id >= SPECIALS;
    }

    void save(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        chars.forEach(c -> lines.add(Integer.toString(c)));
        Files.write(dir.resolve(FILE), lines, StandardCharsets.UTF_8);
    }

    static GenVocab load(Path dir) throws IOException {
        return new GenVocab(Files.readAllLines(dir.resolve(FILE), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).map(l -> Integer.parseInt(l.trim())).toList());
    }
}
