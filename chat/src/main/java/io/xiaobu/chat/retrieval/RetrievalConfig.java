package io.xiaobu.chat.retrieval;

/**
 * Retrieval knobs.
 *
 * @param bm25Candidates how many BM25 hits are reranked
 * @param topK           how many replies are returned at most
 * @param threshold      calibrated probability below which a reply is not returned (retrieval abstains)
 * @param replyBoost     weight of query–reply term matches relative to query–post matches in BM25
 */
public record RetrievalConfig(int bm25Candidates, int topK, double threshold, float replyBoost) {

    public static RetrievalConfig defaults() {
        return new RetrievalConfig(30, 5, 0.5, 0.2f);
    }

    public RetrievalConfig withThreshold(double t) {
        return new RetrievalConfig(bm25Candidates, topK, t, replyBoost);
    }
}
