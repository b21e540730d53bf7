package io.xiaobu.chat;

/** Where a chat candidate came from. */
public enum CandidateSource {
    /** The project's own persona/FAQ answers. */
    PERSONA,
    /** Lucene retrieval over the chat corpora. */
    RETRIEVAL,
    /** The user's long-term memory (acknowledging, recalling or forgetting a fact). */
    MEMORY,
    /** The generative chat model (1-vs-N sampled, scored by its evaluator). */
    GENERATION,
    /** A calm deflection because the query failed the safety check. */
    SAFETY,
    /** The persona's listening answer to a statement about the user that nothing else fits: the last resort. */
    LISTENING
}
