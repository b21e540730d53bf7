package io.xiaobu.chat.retrieval;

import java.util.List;

/**
 * One reranked retrieval candidate.
 *
 * @param reply       the reply text chosen for this query (persona entries rotate among their answers)
 * @param matchedPost the indexed post the query matched
 * @param source      corpus of the pair ({@code persona}, {@code lccc}, …)
 * @param entryId     persona entry id or corpus file
 * @param probability calibrated probability that the reply fits the query
 * @param features    the reranking features, for explanations
 */
public record RetrievedReply(String reply, List<String> allReplies, String matchedPost, String source,
                             String entryId, double probability, Features features) {
}
