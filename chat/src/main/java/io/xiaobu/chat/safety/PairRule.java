package io.xiaobu.chat.safety;

import java.util.List;

/** A query–reply combination that is harmful as an answer: any query term plus any reply term. */
public record PairRule(String name, List<String> queryTerms, List<String> replyTerms) {

    public PairRule {
        queryTerms = List.copyOf(queryTerms);
        replyTerms = List.copyOf(replyTerms);
    }

    /** True when the query contains one of the query terms and the reply one of the reply terms. */
    public boolean fires(String query, String reply) {
        return queryTerms.stream().anyMatch(query::contains) && replyTerms.stream().anyMatch(reply::contains);
    }
}
