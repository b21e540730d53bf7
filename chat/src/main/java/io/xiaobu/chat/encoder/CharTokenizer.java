package io.xiaobu.chat.encoder;

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
 * Text → token ids for the dual encoder: 0 = padding, 1 = unknown char, then the vocabulary's chars,
 * then {@code buckets} hashed char bigrams. Chars come first (at most half the length), bigrams after.
 */
public final class CharTokenizer {

    static final String VOCAB_FILE = "vocab.txt";

    private final Map<Integer, Integer> charIds;
    private final List<Integer> chars;
    private final int buckets;
    private final int maxLength;

    CharTokenizer(List<Integer> chars, int buckets, int maxLength) {
        this.chars = List.copyOf(chars);
        this.charIds = new HashMap<>();
        for (int i = 0; i < chars.size(); i++) {
            charIds.put(chars.get(i), i + 2);
        }
        this.buckets = buckets;
        this.maxLength = maxLength;
    }

    /** The {@code maxChars} most frequent chars (seen at least twice) of the texts. */
    public static CharTokenizer fit(List<String> texts, int maxChars, int buckets, int maxLength) {
        Map<Integer, Integer> freq = new HashMap<>();
        for (String t : texts) {
            Texts.lettersOnly(t).codePoints().forEach(c -> freq.merge(c, 1, Integer::sum));
        }
        List<Integer> top = freq.entrySet().stream().filter(e -> e.getValue() >= 2)
                .sorted((a, b) -> b.getValue() - a.getValue()).limit(maxChars).map(Map.Entry::getKey).toList();
        return new CharTokenizer(top, buckets, maxLength);
    }

    public int vocabularySize() {
        return 2 + chars.size() + buckets;
    }

    public int maxLength() {
        return maxLength;
    }

    /** Token ids padded with 0 to {@link #maxLength()}. */
    public long[] encode(String text) {
        int[] cps = Texts.lettersOnly(text).codePoints().toArray();
        long[] ids = new long[maxLength];
        int n = 0;
        int half = maxLength / 2;
        for (int i = 0; i < cps.length && n < half; i++) {
            ids[n++] = charIds.getOrDefault(cps[i], 1);
        }
        for (int i = 0; i + 1 < cps.length && n < maxLength; i++) {
            int h = (cps[i] * 31 + cps[i + 1]) * 0x9E3779B1;
            ids[n++] = 2 + chars.size() + Math.floorMod(h, buckets);
        }
        return ids;
    }

    void save(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(buckets + " " + maxLength);
        chars.forEach(c -> lines.add(Integer.toString(c)));
        Files.write(dir.resolve(VOCAB_FILE), lines, StandardCharsets.UTF_8);
    }

    static CharTokenizer load(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(VOCAB_FILE), StandardCharsets.UTF_8);
        String[] head = lines.getFirst().split(" ");
        List<Integer> chars = lines.subList(1, lines.size()).stream().map(Integer::parseInt).toList();
        return new CharTokenizer(chars, Integer.parseInt(head[0]), Integer.parseInt(head[1]));
    }
}
