package io.xiaobu.nlu.grammar;

/**
 * How a template covered the normalised text; the input to {@link MatchRanking} and {@link RuleConfidencePolicy}.
 *
 * @param literalChars    chars matched by literal template text (optional spaces not counted)
 * @param listChars       chars matched by list-slot values
 * @param recognizerChars chars matched by recognisers
 * @param wildcardChars   chars taken by open (wildcard) slots
 * @param slotCount       number of slots filled
 */
public record MatchScore(int literalChars, int listChars, int recognizerChars, int wildcardChars, int slotCount) { }
