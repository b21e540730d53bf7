package io.xiaobu.chat.retrieval;

/** Field names of the chat index. */
final class Fields {
    static final String POST = "post";
    static final String POST_RAW = "post_raw";
    static final String REPLY = "reply";
    static final String REPLIES = "replies";
    static final String SOURCE = "source";
    static final String ENTRY = "entry";
    static final String POPULARITY = "popularity";
    /** HNSW vector of the post (query side of the matching projection); absent in BM25-only indexes. */
    static final String POST_VEC = "post_vec";
    /** HNSW vector of the (first) reply (reply side of the matching projection). */
    static final String REPLY_VEC = "reply_vec";

    private Fields() {
    }
}
