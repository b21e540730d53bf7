package io.xiaobu.kg.qa;

/**
 * Limits and thresholds of question answering.
 *
 * @param maxSubjects        candidate subject entities tried per question
 * @param edgeLimit          edges fetched per query
 * @param minPredicateScore  a predicate must match the question at least this well
 * @param chainPredicateScore a further hop needs a predicate matched this well (its words or phrasing)
 * @param maxHops            longest relation chain
 * @param maxValues          values listed in a reply
 * @param mentionLengthWeight weight of the subject mention's share of the question (longer subjects win)
 * @param fallbackMentionShare a subject named by no predicate is still answered (its only predicate) when
 *                            its mention covers at least this share of the question
 * @param distancePenalty     per character between subject and predicate words (the first hop is the nearest)
 */
public record KbqaConfig(int maxSubjects, int edgeLimit, double minPredicateScore, double chainPredicateScore,
                         int maxHops, int maxValues, double mentionLengthWeight,
                         double fallbackMentionShare, double distancePenalty) {

    public static KbqaConfig defaults() {
        return new KbqaConfig(12, 3000, 0.35, 0.9, 3, 10, 1.0, 0.2, 0.02);
    }
}
