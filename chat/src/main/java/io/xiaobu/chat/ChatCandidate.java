package io.xiaobu.chat;

/**
 * One reply the chat engine proposes.
 *
 * @param text        what 小布 would say
 * @param score       calibrated probability that it fits (retrieval), or the configured confidence of the source
 * @param source      where it came from
 * @param explanation why: matched post and features, memory keys, or the safety rule that fired
 */
public record ChatCandidate(String text, double score, CandidateSource source, String explanation) {
}
