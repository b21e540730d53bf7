package io.xiaobu.nlu.grammar;

import io.xiaobu.nlu.Understanding;

import java.util.List;

/**
 * A template that matched the whole normalised text.
 *
 * @param template      the template and its intent
 * @param slots         the slot values, spans in both texts
 * @param score         how the template covered the text (see {@link MatchRanking})
 * @param understanding the contract result: source {@code rule}, confidence from {@link RuleConfidencePolicy},
 *                      explanation naming the template
 */
public record RuleMatch(TemplateRef template, List<SlotMatch> slots, MatchScore score, Understanding understanding) {
    public RuleMatch {
        slots = List.copyOf(slots);
    }

    public String intent() {
        return template.intent();
    }

    /** Same domain and intent. */
    public boolean sameIntent(RuleMatch other) {
        return template.domain().equals(other.template.domain()) && template.intent().equals(other.template.intent());
    }
}
