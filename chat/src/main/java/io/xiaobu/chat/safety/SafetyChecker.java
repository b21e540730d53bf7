package io.xiaobu.chat.safety;

import com.github.houbb.sensitive.word.bs.SensitiveWordBs;
import com.github.houbb.sensitive.word.support.allow.WordAllows;
import com.github.houbb.sensitive.word.support.deny.WordDenys;
import com.github.houbb.sensitive.word.support.resultcondition.WordResultConditions;
import io.xiaobu.chat.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * The three safety checks over one sensitive-word automaton (width/case/traditional-folded matching):
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

    public SafetyChecker(SafetyLexicon lexicon) {
        this.lexicon = lexicon;
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

    public SafetyVerdict checkQuery(String query) {
        return check(query, "query");
    }

    public SafetyVerdict checkReply(String reply) {
        return check(reply, "reply");
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

    private SafetyVerdict check(String text, String check) {
        String t = Texts.clean(text);
        if (t.isEmpty()) {
            return SafetyVerdict.safe(check);
        }
        try {
            String hit = words.findFirst(t);
            if (hit == null) {
                return SafetyVerdict.safe(check);
            }
            SafetyCategory c = lexicon.terms().getOrDefault(hit.toLowerCase(), SafetyCategory.SENSITIVE);
            return SafetyVerdict.unsafe(c, hit, check);
        } catch (RuntimeException e) {
            // the library failing on an odd input must not let the text through unchecked
            return SafetyVerdict.unsafe(SafetyCategory.SENSITIVE, "checker-error", check);
        }
    }
}
