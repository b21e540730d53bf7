package io.xiaobu.chat.safety;

import com.github.houbb.sensitive.word.bs.SensitiveWordBs;
import com.github.houbb.sensitive.word.support.allow.WordAllows;
import com.github.houbb.sensitive.word.support.deny.WordDenys;
import com.github.houbb.sensitive.word.support.resultcondition.WordResultConditions;
import io.xiaobu.chat.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * The three safety checks over one sensitive-word automaton (width/case/traditional-folded matching)
 * and, when a {@link SafetyHead} is given, the learned head on the shared backbone's embedding,
 * combined by a {@link SafetyPolicy} (strong-category lexicon hits block; other hits block only when
 * the head agrees; the head alone blocks only when very confident). Without a head: lexicon only.
 * <ol>
 *   <li>{@link #checkQuery}: an unsafe or abusive query is answered with a calm deflection, never generated;</li>
 *   <li>{@link #checkReply}: a candidate reply containing an unsafe term is dropped;</li>
 *   <li>{@link #checkPair}: a reply that is harmful as an answer to this query (a {@link PairRule}) is dropped.</li>
 * </ol>
 * Thread-safe after construction; never throws on bad input.
 */
public final class SafetyChecker {

    private final SafetyLexicon lexicon;
    private final SensitiveWordBs words;
    private final SafetyHead head;
    private final TextEmbedder embedder;
    private final SafetyPolicy policy;

    /** Lexicon only. */
    public SafetyChecker(SafetyLexicon lexicon) {
        this(lexicon, null, null, SafetyPolicy.defaults());
    }

    /**
     * @param head     the learned head, or null for lexicon only
     * @param embedder computes the backbone embedding when a caller passes none; null: the head uses n-grams only
     */
    public SafetyChecker(SafetyLexicon lexicon, SafetyHead head, TextEmbedder embedder, SafetyPolicy policy) {
        this.lexicon = lexicon;
        this.head = head;
        this.embedder = embedder;
        this.policy = policy;
        List<String> deny = new ArrayList<>(lexicon.terms().keySet());
        List<String> allow = new ArrayList<>(lexicon.allowed());
        this.words = SensitiveWordBs.newInstance()
                .wordDeny(lexicon.usesLibraryDictionary() ? WordDenys.chains(WordDenys.defaults(), () -> deny) : () -> deny)
                .wordAllow(lexicon.usesLibraryDictionary() ? WordAllows.chains(WordAllows.defaults(), () -> allow) : () -> allow)
                .ignoreCase(true).ignoreWidth(true).ignoreChineseStyle(true)
                // 六四 must not match the digits of "1964"; Latin terms must match whole words ("sb" ≠ "denisbuchel")
                .ignoreNumStyle(false)
                .wordResultCondition(WordResultConditions.englishWordNumMatch())
                .enableNumCheck(false).enableEmailCheck(false).enableUrlCheck(false).enableIpv4Check(false)
                .init();
    }

    /** Loads the head from {@code headDir} when its file is there; otherwise the checker is lexicon only. */
    public static SafetyChecker create(SafetyLexicon lexicon, java.nio.file.Path headDir, TextEmbedder embedder, SafetyPolicy policy) {
        SafetyHead h = null;
        try {
            h = SafetyHead.load(headDir).orElse(null);
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("safety head not loaded (" + e.getMessage() + "): lexicon only");
        }
        return new SafetyChecker(lexicon, h, embedder, policy);
    }

    /** Which signals decide: "lexicon + learned head" or "lexicon only (no safety head)". */
    public String mode() {
        return head == null ? "lexicon only (no safety head)" : "lexicon + learned head" + (embedder == null ? " (n-grams, no backbone embedder)" : "");
    }

    public boolean hasHead() {
        return head != null;
    }

    public SafetyPolicy policy() {
        return policy;
    }

    public SafetyVerdict checkQuery(String query) {
        return check(query, "query", null);
    }

    /** As {@link #checkQuery(String)} with the backbone embedding the turn already computed (no second backbone pass). */
    public SafetyVerdict checkQuery(String query, float[] embedding) {
        return check(query, "query", embedding);
    }

    public SafetyVerdict checkReply(String reply) {
        return check(reply, "reply", null);
    }

    /** The lexicon alone, whatever the head would say (for evaluation and explanations). */
    public SafetyVerdict checkLexiconOnly(String text) {
        String t = Texts.clean(text);
        return t.isEmpty() ? SafetyVerdict.safe("query") : lexiconCheck(t, "query");
    }

    /** The head's own P(unsafe) for a text, without the lexicon's verdict; NaN without a head. {@code embedding} may be null (then the embedder is asked). */
    public double headProbability(String text, float[] embedding) {
        if (head == null) return Double.NaN;
        String t = Texts.clean(text);
        return head.unsafeProbability(t, embedding != null ? embedding : embed(t));
    }

    /** The pair check alone (run it after both single checks passed). */
    public SafetyVerdict checkPair(String query, String reply) {
        String q = Texts.clean(query);
        String r = Texts.clean(reply);
        for (PairRule rule : lexicon.pairRules()) {
            if (rule.fires(q, r)) {
                return SafetyVerdict.unsafe(SafetyCategory.HARMFUL_PAIR, rule.name(), "pair");
            }
        }
        return SafetyVerdict.safe("pair");
    }

    /** Reply check then pair check: whether this reply may be said in answer to this query. */
    public SafetyVerdict checkCandidate(String query, String reply) {
        SafetyVerdict v = checkReply(reply);
        return v.safe() ? checkPair(query, reply) : v;
    }

    private SafetyVerdict check(String text, String check, float[] embedding) {
        String t = Texts.clean(text);
        if (t.isEmpty()) {
            return SafetyVerdict.safe(check);
        }
        SafetyVerdict lex = lexiconCheck(t, check);
        if (head == null || (!lex.safe() && policy.strong(lex.category())) || "checker-error".equals(lex.matched())) {
            return lex;
        }
        double p = head.unsafeProbability(t, embedding != null ? embedding : embed(t), lex.safe() ? SafetyCategory.NONE : lex.category());
        String why = String.format(java.util.Locale.ROOT, "head p=%.2f", p);
        if (!lex.safe()) {
            return p >= policy.agreeThreshold() ? SafetyVerdict.unsafe(lex.category(), lex.matched() + " (" + why + ")", check)
                    : SafetyVerdict.safe(check);
        }
        return p >= policy.soloThreshold() ? SafetyVerdict.unsafe(SafetyCategory.SENSITIVE, "safety-head (" + why + ")", check)
                : SafetyVerdict.safe(check);
    }

    private SafetyCategory categoryOf(String hit) {
        return lexicon.terms().getOrDefault(hit.toLowerCase(), SafetyCategory.SENSITIVE);
    }

    private float[] embed(String t) {
        if (embedder == null) return null;
        try {
            return embedder.embed(t);
        } catch (RuntimeException e) {
            return null; // the n-grams still speak
        }
    }

    private SafetyVerdict lexiconCheck(String t, String check) {
        try {
            List<String> hits = words.findAll(t);
            if (hits.isEmpty()) {
                return SafetyVerdict.safe(check);
            }
            // a strong-category term anywhere decides, even after a weak one the head might veto
            for (String hit : hits) {
                SafetyCategory c = categoryOf(hit);
                if (policy.strong(c)) return SafetyVerdict.unsafe(c, hit, check);
            }
            return SafetyVerdict.unsafe(categoryOf(hits.get(0)), hits.get(0), check);
        } catch (RuntimeException e) {
            // the library failing on an odd input must not let the text through unchecked
            return SafetyVerdict.unsafe(SafetyCategory.SENSITIVE, "checker-error", check);
        }
    }
}
