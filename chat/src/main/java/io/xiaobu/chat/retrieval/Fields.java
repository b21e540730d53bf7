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

    private Fields() {
    }
}
