package io.xiaobu.nlu.grammar;

import io.xiaobu.nlu.NormalizedText;
import io.xiaobu.nlu.Understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the rule grammar made of one utterance.
 *
 * @param status    {@link Status#MATCHED}: one best full match; {@link Status#AMBIGUOUS}: the best full matches
 *                  of different intents rank the same; {@link Status#PARTIAL}: no full match but partial ones;
 *                  {@link Status#NO_MATCH}: nothing
 * @param input     the normalised text that was matched
 * @param matches   full matches, best first (see {@link MatchRanking}), one per template
 * @param partials  partial matches when there is no full match, deepest first
 * @param truncated true when the search ran out of its step budget (results may be incomplete)
 */
public record RuleMatchResult(Status status, NormalizedText input, List<RuleMatch> matches, List<PartialMatch> partials,
                              boolean truncated) {

    public enum Status { MATCHED, AMBIGUOUS, PARTIAL, NO_MATCH }

    public RuleMatchResult {
        matches = List.copyOf(matches);
        partials = List.copyOf(partials);
    }

    /** The winning match, present only when {@link Status#MATCHED}. */
    public Optional<RuleMatch> best() {
        return status == Status.MATCHED ? Optional.of(matches.getFirst()) : Optional.empty();
    }

    /** The full matches that tie for first place (one for MATCHED, two or more for AMBIGUOUS). */
    public List<RuleMatch> tied() {
        List<RuleMatch> out = new ArrayList<>();
        for (RuleMatch m : matches) if (out.isEmpty() || MatchRanking.sameRank(out.getFirst(), m)) out.add(m);
        return out;
    }

    /** Understandings of the full matches, best first, one per intent. */
    public List<Understanding> understandings() {
        List<Understanding> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (RuleMatch m : matches) {
            String key = m.template().domain() + "/" + m.intent();
            if (!seen.contains(key)) {
                seen.add(key);
                out.add(m.understanding());
            }
        }
        return out;
    }
}
