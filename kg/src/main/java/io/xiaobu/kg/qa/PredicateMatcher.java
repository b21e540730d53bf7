package io.xiaobu.kg.qa;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How well a question asks for a predicate: the predicate's own words in the question, a known
 * phrasing of it (resource {@code predicate-phrases.tsv}), or else the share of its characters present.
 */
public final class PredicateMatcher {

    /** A predicate mentioned at {@code [start, end)} of the question with a score. */
    public record Match(double score, int start, int end) {
        static final Match NONE = new Match(0, -1, -1);
    }

    /** Score of a predicate found only through a question cue ("多高" → 身高). */
    private static final double CUE_SCORE = 0.7;

    private final Map<String, List<String>> outPhrases = new HashMap<>();
    private final Map<String, List<String>> inPhrases = new HashMap<>();
    private final Map<String, List<String>> cues = new HashMap<>();

    public PredicateMatcher() {
        for (String[] c : rows("predicate-phrases.tsv")) {
            (c[1].equals("in") ? inPhrases : outPhrases).computeIfAbsent(c[0], k -> new ArrayList<>()).addAll(List.of(c[2].split("\\|")));
        }
        for (String[] c : rows("question-cues.tsv")) cues.computeIfAbsent(c[0], k -> new ArrayList<>()).addAll(List.of(c[1].split("\\|")));
    }

    private static List<String[]> rows(String file) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = PredicateMatcher.class.getResourceAsStream("/io/xiaobu/kg/qa/" + file)) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(line.split("\t"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Scores predicate {@code p} (followed outgoing, or incoming when {@code incoming}) against the
     * question, looking only at {@code [from, question.length())} and never inside the subject mention
     * {@code [mentionStart, mentionEnd)}.
     */
    public Match match(String question, int from, int mentionStart, int mentionEnd, String p, boolean incoming) {
        String q = question;
        Match best = Match.NONE;
        if (!incoming) best = better(best, find(q, p, from, mentionStart, mentionEnd, 1.0 + 0.02 * p.length()));
        for (String phrase : (incoming ? inPhrases : outPhrases).getOrDefault(p, List.of())) {
            best = better(best, find(q, phrase, from, mentionStart, mentionEnd, 0.95 + 0.01 * phrase.length()));
        }
        if (best.score() > 0 || incoming) return best;
        for (var cue : cues.entrySet()) {
            if (cue.getValue().stream().noneMatch(p::contains)) continue;
            best = better(best, find(q, cue.getKey(), from, mentionStart, mentionEnd, CUE_SCORE));
        }
        if (best.score() > 0 || p.length() < 2) return best;
        return overlap(q, from, mentionStart, mentionEnd, p);
    }

    private static Match find(String q, String word, int from, int ms, int me, double score) {
        for (int i = q.indexOf(word, from); i >= 0; i = q.indexOf(word, i + 1)) {
            int end = i + word.length();
            if (end <= ms || i >= me) return new Match(score, i, end);
        }
        return Match.NONE;
    }

    /** Share of the predicate's distinct characters found in the question outside the mention. */
    private static Match overlap(String q, int from, int ms, int me, String p) {
        Set<Character> chars = new HashSet<>();
        for (char c : p.toCharArray()) chars.add(c);
        int hit = 0;
        int first = -1;
        int last = -1;
        for (char c : chars) {
            for (int i = q.indexOf(c, from); i >= 0; i = q.indexOf(c, i + 1)) {
                if (i >= ms && i < me) continue;
                hit++;
                first = first < 0 ? i : Math.min(first, i);
                last = Math.max(last, i + 1);
                break;
            }
        }
        double share = (double) hit / chars.size();
        return hit == 0 ? Match.NONE : new Match(0.8 * share, first, last);
    }

    private static Match better(Match a, Match b) {
        return b.score() > a.score() ? b : a;
    }
}
