package io.xiaobu.nlu.model;

import io.xiaobu.nlu.Slot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Converts slots to per-character BIO tags and back. Decoding is lenient: a stray {@code I-x} opens a span. */
public final class BioCodec {

    private BioCodec() {
    }

    public static String[] encode(List<Slot> slots, int length) {
        String[] tags = new String[length];
        Arrays.fill(tags, "O");
        for (Slot s : slots) {
            if (s.start() >= length) continue;
            int end = Math.min(s.end(), length);
            for (int i = s.start(); i < end; i++) tags[i] = (i == s.start() ? "B-" : "I-") + s.name();
        }
        return tags;
    }

    /** Slots of {@code text} from its tags; tags past the text's end are ignored. */
    public static List<Slot> decode(String text, String[] tags) {
        List<Slot> out = new ArrayList<>();
        int n = Math.min(text.length(), tags.length);
        int start = -1;
        String name = null;
        for (int i = 0; i <= n; i++) {
            String t = i < n ? tags[i] : "O";
            boolean begin = t.startsWith("B-");
            String tn = t.length() > 2 && t.charAt(1) == '-' ? t.substring(2) : null;
            boolean cont = !begin && tn != null && tn.equals(name);
            if (name != null && !cont) {
                add(out, text, name, start, i);
                name = null;
            }
            if (tn != null && !cont) {
                name = tn;
                start = i;
            }
        }
        return out;
    }

    /**
     * Span-level decoding of per-character tag distributions: boundaries first (B vs I vs O, each summed
     * over slot types), then one type per span, the one with the most probability mass over its chars.
     * This keeps a span from flipping type half-way ("笑傲江湖" as fiction/song/fiction/song).
     *
     * @param probs per char, a distribution over {@code tags} (index-aligned)
     */
    public static List<Slot> decodeSpans(String text, double[][] probs, List<String> tags) {
        int n = Math.min(text.length(), probs.length);
        String[] boundary = new String[n];
        for (int i = 0; i < n; i++) {
            double b = 0, in = 0, o = 0;
            for (int k = 0; k < tags.size(); k++) {
                String t = tags.get(k);
                if (t.startsWith("B-")) b += probs[i][k];
                else if (t.startsWith("I-")) in += probs[i][k];
                else o += probs[i][k];
            }
            boundary[i] = o >= b && o >= in ? "O" : b >= in ? "B" : "I";
        }
        List<Slot> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (boundary[i].equals("O")) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && boundary[end].equals("I")) end++;
            java.util.Map<String, Double> mass = new java.util.HashMap<>();
            for (int c = i; c < end; c++) {
                for (int k = 0; k < tags.size(); k++) {
                    String t = tags.get(k);
                    if (t.length() > 2 && t.charAt(1) == '-') mass.merge(t.substring(2), probs[c][k], Double::sum);
                }
            }
            String type = mass.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(null);
            if (type != null) add(out, text, type, i, end);
            i = end;
        }
        return out;
    }

    private static void add(List<Slot> out, String text, String name, int start, int end) {
        // never split a surrogate pair
        if (end < text.length() && end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) end++;
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) start--;
        String value = text.substring(start, end);
        if (!value.isBlank()) out.add(new Slot(name, value, null, start, end, null));
    }
}
