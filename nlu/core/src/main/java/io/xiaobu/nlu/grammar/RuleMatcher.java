package io.xiaobu.nlu.grammar;

import io.xiaobu.nlu.NormalizedText;
import io.xiaobu.nlu.Slot;
import io.xiaobu.nlu.Understanding;
import io.xiaobu.nlu.text.TextNormalizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public entry point of the rule grammar:
 * <pre>
 * RuleMatcher matcher = RuleMatcher.compile(grammars);
 * RuleMatchResult r = matcher.match(normalizer.normalize(utterance));
 * </pre>
 * Compilation expands every template into a shared trie (see {@link TemplateCompiler}); matching walks
 * it once for full matches and prefixes and, only when nothing matched fully, once more allowing one
 * list/recogniser slot to fail, so that "打开抖音" is reported as "open app, unknown app" instead of
 * nothing. Immutable and thread-safe after compilation; {@code match} never throws.
 */
public final class RuleMatcher {

    private final TemplateCompiler.Compiled compiled;
    private final RuleMatcherConfig config;
    private final RuleConfidencePolicy policy;
    private final TextNormalizer normalizer = TextNormalizer.standard();

    private RuleMatcher(TemplateCompiler.Compiled compiled, RuleMatcherConfig config, RuleConfidencePolicy policy) {
        this.compiled = compiled;
        this.config = config;
        this.policy = policy;
    }

    /** Compiles with the default recognisers ({@code sys.integer}), limits and confidence policy. */
    public static RuleMatcher compile(List<Grammar> grammars) {
        return compile(grammars, SlotRecognizers.defaults(), RuleMatcherConfig.defaults(), RuleConfidencePolicy.defaults());
    }

    /** Compiles; throws {@link GrammarException} naming the template and column of the first problem. */
    public static RuleMatcher compile(List<Grammar> grammars, SlotRecognizers recognizers, RuleMatcherConfig config,
                                      RuleConfidencePolicy policy) {
        return new RuleMatcher(new TemplateCompiler(recognizers, config).compile(grammars), config, policy);
    }

    /** Normalises {@code utterance} with {@link TextNormalizer#standard()} and matches it. */
    public RuleMatchResult match(String utterance) {
        return match(normalizer.normalize(utterance));
    }

    /** Matches normalised text; slot spans are reported in both the normalised and the original text. */
    public RuleMatchResult match(NormalizedText input) {
        if (input == null) input = NormalizedText.identity("");
        if (input.text().isEmpty() || input.text().length() > config.maxInputChars()) {
            return new RuleMatchResult(RuleMatchResult.Status.NO_MATCH, input, List.of(), List.of(), false);
        }
        TrieSearch search = new TrieSearch(input, config, compiled.recognizerCount());
        search.run(compiled.root(), false);
        if (!search.candidates().isEmpty()) return fullResult(input, search);
        List<TrieSearch.Prefix> prefixes = new ArrayList<>(search.prefixes());
        search.run(compiled.root(), true);
        List<PartialMatch> partials = partials(input, search.candidates(), prefixes);
        RuleMatchResult.Status status = partials.isEmpty() ? RuleMatchResult.Status.NO_MATCH : RuleMatchResult.Status.PARTIAL;
        return new RuleMatchResult(status, input, List.of(), partials, search.truncated());
    }

    public List<TemplateRef> templates() {
        return compiled.templates();
    }

    /** Number of states of the compiled automaton (a size measure for benchmarks). */
    public int stateCount() {
        return compiled.states();
    }

    private RuleMatchResult fullResult(NormalizedText input, TrieSearch search) {
        int len = input.text().length();
        List<RuleMatch> matches = new ArrayList<>();
        for (TrieSearch.Candidate c : search.candidates().values()) {
            TemplateRef t = compiled.templates().get(c.templateId());
            matches.add(new RuleMatch(t, c.slots(), c.score(), understanding(t, c.slots(), policy.full(c.score(), len), "rule " + t.describe())));
        }
        matches.sort(MatchRanking.BEST_FIRST);
        boolean ambiguous = false;
        for (int i = 1; i < matches.size() && MatchRanking.sameRank(matches.getFirst(), matches.get(i)); i++) {
            if (!matches.get(i).sameIntent(matches.getFirst())) ambiguous = true;
        }
        if (ambiguous) {
            List<RuleMatch> relabelled = new ArrayList<>(matches.size());
            for (RuleMatch m : matches) {
                Understanding u = m.understanding();
                relabelled.add(MatchRanking.sameRank(matches.getFirst(), m)
                        ? new RuleMatch(m.template(), m.slots(), m.score(), new Understanding(u.domain(), u.intent(), u.slots(),
                                policy.ambiguous(u.confidence()), u.source(), "ambiguous " + u.explanation()))
                        : m);
            }
            matches = relabelled;
        }
        RuleMatchResult.Status status = ambiguous ? RuleMatchResult.Status.AMBIGUOUS : RuleMatchResult.Status.MATCHED;
        return new RuleMatchResult(status, input, matches, List.of(), search.truncated());
    }

    /** Slot-failed and prefix partials together, ordered by {@link MatchRanking#BY_SCORE} (a failed slot counts as wildcard). */
    private List<PartialMatch> partials(NormalizedText input, Map<Integer, TrieSearch.Candidate> failed, List<TrieSearch.Prefix> prefixes) {
        record Ranked(MatchScore score, int templateId, PartialMatch partial) { }
        List<Ranked> ranked = new ArrayList<>();
        for (TrieSearch.Candidate c : failed.values()) {
            TemplateRef t = compiled.templates().get(c.templateId());
            String why = "rule slot {" + c.failed().name() + "} has no value '" + c.failed().canonical() + "' in " + t.describe();
            List<SlotMatch> withFailed = new ArrayList<>(c.slots());
            withFailed.add(c.failed()); // the words are still useful ("没有找到拼多多"); normalized stays null
            withFailed.sort(Comparator.comparingInt(SlotMatch::start));
            ranked.add(new Ranked(c.score(), t.id(), new PartialMatch(PartialMatch.Kind.SLOT_FAILED, t, c.slots(), c.failed(), List.of(),
                    understanding(t, withFailed, policy.slotFailedPartial(), why))));
        }
        for (TrieSearch.Prefix p : prefixes) {
            List<String> expected = expected(p.node());
            for (int id : p.node().reachable) {
                TemplateRef t = compiled.templates().get(id);
                ranked.add(new Ranked(p.score(), id, new PartialMatch(PartialMatch.Kind.PREFIX, t, p.slots(), null, expected,
                        understanding(t, p.slots(), policy.prefixPartial(), "rule prefix of " + t.describe() + ", expected " + expected))));
            }
        }
        ranked.sort(Comparator.comparing(Ranked::score, MatchRanking.BY_SCORE).thenComparingInt(Ranked::templateId));
        List<PartialMatch> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (Ranked r : ranked) {
            if (out.size() >= config.maxPartials()) break;
            if (seen.add(r.templateId())) out.add(r.partial());
        }
        return out;
    }

    private static List<String> expected(TrieNode node) {
        Set<String> out = new LinkedHashSet<>();
        for (TrieNode.SlotEdge e : node.slotEdges) out.add("{" + e.name() + "}");
        for (char c : node.keys) if (c != ' ' && out.size() < 8) out.add(String.valueOf(c));
        return List.copyOf(out);
    }

    private static Understanding understanding(TemplateRef t, List<SlotMatch> slots, double confidence, String explanation) {
        List<Slot> contract = new ArrayList<>(slots.size());
        for (SlotMatch s : slots) contract.add(s.toSlot());
        return new Understanding(t.domain(), t.intent(), contract, confidence, "rule", explanation);
    }
}
