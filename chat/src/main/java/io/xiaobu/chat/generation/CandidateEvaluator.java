package io.xiaobu.chat.generation;

import io.xiaobu.chat.Texts;
import io.xiaobu.chat.safety.SafetyChecker;
import io.xiaobu.chat.safety.SafetyVerdict;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Scores a generated reply against the query and context: safety, length, echo, repetition gates, then a likelihood-led score. */
public final class CandidateEvaluator {

    private final SafetyChecker safety;
    private final EvaluatorConfig config;

    public CandidateEvaluator(SafetyChecker safety, EvaluatorConfig config) {
        this.safety = safety;
        this.config = config;
    }

    public EvaluatorConfig config() {
        return config;
    }

    public ScoredReply score(String query, List<String> context, GeneratedSample s) {
        return score(query, context, s, Double.NaN);
    }

    /** With the reply's mean log-prob without any context ({@code NaN}: context gain not used). */
    public ScoredReply score(String query, List<String> context, GeneratedSample s, double aloneLogProb) {
        double gain = Double.isNaN(aloneLogProb) || Double.isInfinite(aloneLogProb) ? Double.NaN : s.meanLogProb() - aloneLogProb;
        String letters = Texts.lettersOnly(s.text());
        double relevance = relevance(letters, context, query);
        double repetition = repetition(letters);
        String gate = gate(query, context, s, letters, repetition);
        if (!gate.isEmpty()) {
            return new ScoredReply(s.text(), 0, false, s, gain, relevance, repetition, gate);
        }
        double z = config.likelihoodWeight() * (s.meanLogProb() - config.likelihoodCenter())
                + (Double.isNaN(gain) ? 0 : config.contextWeight() * gain)
                + config.relevanceWeight() * relevance - config.repetitionWeight() * repetition;
        double score = 1 / (1 + Math.exp(-z));
        return new ScoredReply(s.text(), score, score >= config.threshold(), s, gain, relevance, repetition, "");
    }

    private String gate(String query, List<String> context, GeneratedSample s, String letters, double repetition) {
        if (!s.finished()) {
            return "cut at the length limit";
        }
        if (letters.length() < config.minChars() || letters.length() > config.maxChars()) {
            return "length " + letters.length();
        }
        if (repetition > config.maxRepetition()) {
            return "repetitive";
        }
        if (letters.equals(Texts.lettersOnly(query)) || context.stream().anyMatch(t -> letters.equals(Texts.lettersOnly(t)))) {
            return "echo";
        }
        SafetyVerdict v = safety.checkCandidate(query, s.text());
        return v.safe() ? "" : "unsafe " + v.check() + " (" + v.matched() + ")";
    }

    /** Dice overlap of the reply's chars with the query's and context's chars. */
    static double relevance(String reply, List<String> context, String query) {
        Set<Integer> r = chars(reply);
        Set<Integer> c = chars(query);
        context.forEach(t -> c.addAll(chars(Texts.lettersOnly(t))));
        if (r.isEmpty() || c.isEmpty()) {
            return 0;
        }
        long common = r.stream().filter(c::contains).count();
        return 2.0 * common / (r.size() + c.size());
    }

    /** Share of char bigrams that repeat an earlier bigram of the same reply. */
    static double repetition(String reply) {
        int n = reply.codePointCount(0, reply.length());
        if (n < 3) {
            return 0;
        }
        int[] cps = reply.codePoints().toArray();
        Set<Long> seen = new HashSet<>();
        int repeated = 0;
        for (int i = 0; i + 1 < cps.length; i++) {
            if (!seen.add(((long) cps[i] << 32) | cps[i + 1])) {
                repeated++;
            }
        }
        return repeated / (double) (cps.length - 1);
    }

    private static Set<Integer> chars(String s) {
        Set<Integer> out = new HashSet<>();
        Texts.lettersOnly(s).codePoints().forEach(out::add);
        return out;
    }
}
