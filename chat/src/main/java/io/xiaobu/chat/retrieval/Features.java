package io.xiaobu.chat.retrieval;

import io.xiaobu.chat.Texts;
import java.util.HashSet;
import java.util.Set;

/**
 * Reranking features of one (query, indexed post, reply) candidate: cheap char-level statistics computed
 * on the fly, plus the matching cosines of the query's vector with the post's and the reply's indexed
 * vectors (0 when the index or the query has no vectors). {@code bm25} is 0 for a candidate that only the
 * vector search found, so the calibrated reranker learns the fusion of both.
 */
public record Features(double bm25, double postSimilarity, double postCoverage, double replyRelevance,
                       double replyLength, double popularity, double persona, double queryLength,
                       double postCosine, double replyCosine) {

    /** Number of features, the input width of the {@link LogisticModel}. */
    public static final int SIZE = 10;
    public static final String[] NAMES = {"bm25", "postSimilarity", "postCoverage", "replyRelevance",
            "replyLength", "popularity", "persona", "queryLength", "postCosine", "replyCosine"};

    public double[] vector() {
        return new double[] {bm25, postSimilarity, postCoverage, replyRelevance, replyLength, popularity, persona,
                queryLength, postCosine, replyCosine};
    }

    static Features of(String query, float bm25, String post, String reply, int popularity, boolean persona) {
        return of(query, bm25, post, reply, popularity, persona, 0, 0);
    }

    static Features of(String query, float bm25, String post, String reply, int popularity, boolean persona,
                       double postCosine, double replyCosine) {
        String q = Texts.lettersOnly(query);
        String p = Texts.lettersOnly(post);
        String r = Texts.lettersOnly(reply);
        return new Features(Math.log1p(bm25), dice(bigrams(q), bigrams(p)), coverage(q, p), coverage(q, r),
                Math.log1p(r.length()), Math.log1p(popularity), persona ? 1 : 0, Math.log1p(q.length()), postCosine,
                replyCosine);
    }

    /** Char bigrams (the single char for one-char strings). */
    static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        if (s.length() == 1) {
            out.add(s);
        }
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String x : a) {
            if (b.contains(x)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }

    /** Share of the query's distinct chars that also occur in {@code other}. */
    static double coverage(String query, String other) {
        Set<Integer> q = new HashSet<>();
        query.codePoints().forEach(q::add);
        if (q.isEmpty()) {
            return 0;
        }
        Set<Integer> o = new HashSet<>();
        other.codePoints().forEach(o::add);
        long hit = q.stream().filter(o::contains).count();
        return (double) hit / q.size();
    }
}
