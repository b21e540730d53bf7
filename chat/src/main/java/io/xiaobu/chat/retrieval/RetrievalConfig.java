package io.xiaobu.chat.retrieval;

/**
 * Retrieval knobs.
 *
 * @param bm25Candidates how many BM25 hits are reranked
 * @param topK           how many replies are returned at most
 * @param threshold      calibrated probability below which a reply is not returned (retrieval abstains)
 * @param replyBoost     weight of query–reply term matches relative to query–post matches in BM25
 * @param knnCandidates  how many HNSW nearest posts join the BM25 hits (indexes with vectors; 0 = none)
 */
public record RetrievalConfig(int bm25Candidates, int topK, double threshold, float replyBoost, int knnCandidates) {

    public RetrievalConfig(int bm25Candidates, int topK, double threshold, float replyBoost) {
        this(bm25Candidates, topK, threshold, replyBoost, 10);
    }

    public static RetrievalConfig defaults() {
        return new RetrievalConfig(30, 5, 0.5, 0.2f, 10);
    }

    public RetrievalConfig withThreshold(double t) {
        return new RetrievalConfig(bm25Candidates, topK, t, replyBoost, knnCandidates);
    }

    public RetrievalConfig withKnnCandidates(int k) {
        return new RetrievalConfig(bm25Candidates, topK, threshold, replyBoost, k);
    }
}
