/** Lucene BM25 retrieval of replies, feature reranking, calibrated scores and offline index generations. */
package io.xiaobu.chat.retrieval;
