package io.xiaobu.nlu.grammar;

import java.util.Comparator;

/**
 * Orders full matches, best first. The ranking, in priority order:
 * <ol>
 *   <li>more chars matched by literal template text (the template said exactly this);</li>
 *   <li>fewer chars taken by open wildcard slots (less guessing);</li>
 *   <li>more chars matched by list slots (a known value beats a recogniser, which beats a wildcard);</li>
 *   <li>more chars matched by recognisers;</li>
 *   <li>fewer slots (one value rather than the same words split in two);</li>
 *   <li>compile order of the template (earlier grammar, earlier template): only to make results deterministic.</li>
 * </ol>
 * Two matches of different intents that tie on 1–5 are <em>ambiguous</em>: see {@link #sameRank}.
 */
public final class MatchRanking {

    /** Criteria 1–5: the part of the ranking that means something. */
    public static final Comparator<MatchScore> BY_SCORE = Comparator
            .comparingInt(MatchScore::literalChars).reversed()
            .thenComparingInt(MatchScore::wildcardChars)
            .thenComparing(Comparator.comparingInt(MatchScore::listChars).reversed())
            .thenComparing(Comparator.comparingInt(MatchScore::recognizerChars).reversed())
            .thenComparingInt(MatchScore::slotCount);

    /** The full ranking, criteria 1–6. */
    public static final Comparator<RuleMatch> BEST_FIRST = Comparator
            .comparing(RuleMatch::score, BY_SCORE)
            .thenComparingInt(m -> m.template().id());

    private MatchRanking() {
    }

    /** True when neither match is better than the other on criteria 1–5. */
    public static boolean sameRank(RuleMatch a, RuleMatch b) {
        return BY_SCORE.compare(a.score(), b.score()) == 0;
    }
}
