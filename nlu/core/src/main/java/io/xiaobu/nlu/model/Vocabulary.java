package io.xiaobu.nlu.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Character vocabulary. Id 0 is padding, 1 unknown, 2 the MLM mask. Characters are folded before lookup
 * (full-width → half-width, Latin lower case) one char to one char, so offsets never move.
 */
public final class Vocabulary {

    public static final int PAD = 0;
    public static final int UNK = 1;
    public static final int MASK = 2;
    private static final int RESERVED = 3;

    private final List<Character> chars;
    private final Map<Character, Integer> ids = new HashMap<>();

    public Vocabulary(List<Character> chars) {
        this.chars = List.copyOf(chars);
        for (int i = 0; i < chars.size(); i++) ids.put(chars.get(i), i + RESERVED);
    }

    /** Keeps the {@code max} most frequent folded characters of the texts seen at least {@code minCount} times. */
    public static Vocabulary build(Iterable<String> texts, int minCount, int max) {
        Map<Character, Integer> freq = new HashMap<>();
        for (String t : texts) for (int i = 0; i < t.length(); i++) {
            char c = fold(t.charAt(i));
            if (!Character.isISOControl(c) && !Character.isSurrogate(c) && !Character.isWhitespace(c)) freq.merge(c, 1, Integer::sum);
        }
        List<Character> keep = freq.entrySet().stream().filter(e -> e.getValue() >= minCount)
                .sorted((a, b) -> b.getValue().equals(a.getValue()) ? Character.compare(a.getKey(), b.getKey()) : b.getValue() - a.getValue())
                .limit(max).map(Map.Entry::getKey).toList();
        return new Vocabulary(keep);
    }

    /**
     * This vocabulary followed by the characters of {@code other} it lacks, in {@code other}'s order, up to
     * {@code max} characters in all (ids of this vocabulary's characters do not change).
     */
    public Vocabulary extendedWith(Vocabulary other, int max) {
        List<Character> all = new ArrayList<>(chars);
        for (char c : other.chars) {
            if (all.size() >= max) break;
            if (!ids.containsKey(c)) all.add(c);
        }
        return new Vocabulary(all);
    }

    /** The character with id {@code id}, or {@code null} for the reserved ids and ids out of range. */
    public Character character(int id) {
        int i = id - RESERVED;
        return i >= 0 && i < chars.size() ? chars.get(i) : null;
    }

    /** Folds a char: full-width ASCII to half-width, ideographic space to space, Latin to lower case. */
    public static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') c = (char) (c - 0xFEE0);
        else if (c == '\u3000') c = ' ';
        return c < 128 ? Character.toLowerCase(c) : c;
    }

    public int id(char c) {
        return ids.getOrDefault(fold(c), UNK);
    }

    public int size() {
        return chars.size() + RESERVED;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vocabulary v && chars.equals(v.chars);
    }

    @Override
    public int hashCode() {
        return chars.hashCode();
    }

    public void save(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (char c : chars) lines.add(Integer.toHexString(c));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    public static Vocabulary load(Path file) throws IOException {
        List<Character> cs = new ArrayList<>();
        for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) if (!l.isBlank()) cs.add((char) Integer.parseInt(l.strip(), 16));
        return new Vocabulary(cs);
    }
}
