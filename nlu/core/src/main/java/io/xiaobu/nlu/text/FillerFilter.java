package io.xiaobu.nlu.text;

import io.xiaobu.nlu.NormalizedText;

import java.util.Comparator;
import java.util.List;

/**
 * Removes spoken fillers where they carry no meaning, and keeps them where they might.
 *
 * <ul>
 *   <li>{@code hesitations} (嗯, 呃) are removed anywhere: they are never part of a word.</li>
 *   <li>{@code discourseMarkers} (那个, 然后, 就是…) are removed only at the start of a segment (the
 *       utterance start or after a pause: punctuation or space) when a pause, the end or another filler
 *       follows: "那个，打开微信" → "打开微信" but "打开那个应用" is untouched.</li>
 *   <li>{@code leadingMarkers} (就是说) are removed at the very start even without a pause.</li>
 * </ul>
 * An utterance made only of fillers ("嗯" as a yes) is returned unchanged.
 */
public final class FillerFilter implements TextFilter {

    /** The filler vocabulary; each list is matched longest first. */
    public record Fillers(List<String> hesitations, List<String> discourseMarkers, List<String> leadingMarkers) {
        public Fillers {
            hesitations = longestFirst(hesitations);
            discourseMarkers = longestFirst(discourseMarkers);
            leadingMarkers = longestFirst(leadingMarkers);
        }

        public static Fillers chinese() {
            return new Fillers(
                    List.of("嗯", "呃"),
                    List.of("那个", "就是说", "就是", "然后", "额", "啊", "哎", "诶", "唉", "emm", "emmm", "umm", "um", "uh", "hmm"),
                    List.of("就是说", "我想想"));
        }

        private static List<String> longestFirst(List<String> words) {
            return words.stream().filter(w -> w != null && !w.isEmpty())
                    .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        }
    }

    private final Fillers fillers;

    public FillerFilter(Fillers fillers) {
        this.fillers = fillers;
    }

    public FillerFilter() {
        this(Fillers.chinese());
    }

    @Override
    public NormalizedText apply(NormalizedText in) {
        String t = in.text();
        MappedTextBuilder out = new MappedTextBuilder(t.length());
        boolean segmentStart = true;
        boolean removedAny = false;
        String justRemoved = null;
        int i = 0;
        while (i < t.length()) {
            int len = fillerAt(t, i, segmentStart, i == 0 || out.length() == 0 && removedAny, justRemoved);
            if (len > 0) {
                justRemoved = t.substring(i, i + len);
                i += len;
                removedAny = true;
                continue; // a removed filler leaves the segment start where it was
            }
            justRemoved = null;
            char c = t.charAt(i);
            out.copy(in, i);
            segmentStart = isPause(c);
            i++;
        }
        if (!removedAny) return in;
        if (out.length() == 0 || onlyPauses(out)) return in;
        return out.build(in.original());
    }

    /** Length of the filler to remove at {@code i}, or 0. */
    private int fillerAt(String t, int i, boolean segmentStart, boolean utteranceStart, String justRemoved) {
        String h = startsWithAny(t, i, fillers.hesitations());
        if (h != null) return h.length();
        if (utteranceStart) {
            String lead = startsWithAny(t, i, fillers.leadingMarkers());
            if (lead != null) return lead.length();
        }
        if (!segmentStart) return 0;
        String m = startsWithAny(t, i, fillers.discourseMarkers());
        if (m == null) return 0;
        int j = i + m.length();
        boolean followedByBreak = m.equals(justRemoved) || j == t.length() || isPause(t.charAt(j)) || t.startsWith(m, j)
                || startsWithAny(t, j, fillers.hesitations()) != null;
        return followedByBreak ? m.length() : 0;
    }

    private static String startsWithAny(String t, int i, List<String> words) {
        for (String w : words) if (t.startsWith(w, i)) return w;
        return null;
    }

    private static boolean onlyPauses(MappedTextBuilder out) {
        for (int i = 0; i < out.length(); i++) if (!isPause(out.charAt(i))) return false;
        return true;
    }

    /** Whitespace and punctuation mark a pause in speech transcripts. */
    static boolean isPause(char c) {
        return Character.isWhitespace(c) || PunctuationFilter.isPunctuation(c);
    }

    @Override
    public String name() {
        return "filler";
    }
}
