package io.xiaobu.nlu.grammar;

import io.xiaobu.nlu.text.TextNormalizer;
import io.xiaobu.nlu.text.WhitespaceFilter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compiles grammars into one automaton. Each template becomes a small NFA (literal chars normalised like
 * user text, a template space = an optional space, slot edges, epsilon edges for alternatives and
 * optional parts); {@link SubsetBuilder} then merges all of them into one trie-like DFA over literal
 * chars, so that templates share their prefixes and matching branches only at slots. Nothing is
 * expanded, so {@code [a|b][c|d]…} costs states linear in its length, not the number of variants.
 */
final class TemplateCompiler {

    /** The compiled form handed to the matcher. */
    record Compiled(TrieNode root, List<TemplateRef> templates, int recognizerCount, int states) { }

    private static final WhitespaceFilter WHITESPACE = new WhitespaceFilter();

    private final SlotRecognizers recognizers;
    private final RuleMatcherConfig config;
    private final TextNormalizer normalizer = TextNormalizer.forTemplates();
    private final List<TemplateRef> templates = new ArrayList<>();
    private final List<NfaState> starts = new ArrayList<>();
    private final Map<String, CompiledSlot> slots = new HashMap<>();
    private final Map<String, String> literalCache = new HashMap<>();
    private int recognizerCount;
    private int nfaStates;

    TemplateCompiler(SlotRecognizers recognizers, RuleMatcherConfig config) {
        this.recognizers = recognizers;
        this.config = config;
    }

    Compiled compile(List<Grammar> grammars) {
        for (Grammar g : grammars) {
            for (IntentGrammar ig : g.intents()) {
                for (String template : ig.templates()) {
                    TemplateRef ref = new TemplateRef(templates.size(), g.name(), ig.domain(), ig.intent(), template);
                    templates.add(ref);
                    starts.add(addTemplate(g, ref));
                }
            }
        }
        SubsetBuilder.Result dfa = new SubsetBuilder(nfaStates, config.maxStates()).build(starts);
        dfa.root().computeReachable(config.maxPartials());
        return new Compiled(dfa.root(), List.copyOf(templates), recognizerCount, dfa.states());
    }

    private NfaState addTemplate(Grammar g, TemplateRef ref) {
        Expr expr = RuleInliner.parse(ref.template(), g.rules());
        NfaState start = state();
        NfaState end = build(g, ref, expr, start);
        end.finalTemplate = ref.id();
        NfaChecks.check(ref, start);
        return start;
    }

    private NfaState build(Grammar g, TemplateRef ref, Expr e, NfaState from) {
        return switch (e) {
            case Expr.Literal l -> {
                NfaState s = from;
                String text = normalizeLiteral(l.text());
                boolean lastSpace = false;
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
                    if (space && lastSpace) continue;
                    NfaState next = state();
                    s.chars.add(new NfaState.CharEdge(space ? ' ' : c, next));
                    if (space) s.epsilons.add(next); // a template space is optional
                    lastSpace = space;
                    s = next;
                }
                yield s;
            }
            case Expr.Sequence seq -> {
                NfaState s = from;
                for (Expr item : seq.items()) s = build(g, ref, item, s);
                yield s;
            }
            case Expr.Alternative a -> {
                NfaState end = state();
                for (Expr option : a.options()) build(g, ref, option, from).epsilons.add(end);
                if (a.optional()) from.epsilons.add(end);
                yield end;
            }
            case Expr.SlotRef r -> {
                NfaState next = state();
                from.slots.add(new NfaState.SlotEdge(slot(g, ref, r), r.slot(), next));
                yield next;
            }
            case Expr.RuleRef r -> throw new GrammarException(ref.template(), r.column(), "rule <" + r.name() + "> was not inlined");
        };
    }

    private NfaState state() {
        return new NfaState(nfaStates++);
    }

    private CompiledSlot slot(Grammar g, TemplateRef ref, Expr.SlotRef s) {
        String key = g.name() + "\u0000" + s.list();
        CompiledSlot cached = slots.get(key);
        if (cached != null) return cached;
        SlotSpec spec = g.slots().get(s.list());
        if (spec == null) {
            throw new GrammarException(ref.template(), s.column(), "unknown slot {" + s.list() + "}; grammar '" + g.name()
                    + "' defines " + new TreeSet<>(g.slots().keySet()));
        }
        CompiledSlot compiled = switch (spec) {
            case SlotSpec.ListSlot l -> CompiledSlot.list(g.name(), s.list(), l, normalizer);
            case SlotSpec.WildcardSlot w -> CompiledSlot.wildcard(g.name(), s.list(), w);
            case SlotSpec.RecognizerSlot r -> {
                SlotRecognizer rec = recognizers.find(r.recognizerId());
                if (rec == null) {
                    throw new GrammarException(ref.template(), s.column(), "slot {" + s.list() + "} needs recognizer '"
                            + r.recognizerId() + "', which is not registered (registered: " + new TreeSet<>(recognizers.ids()) + ")");
                }
                yield CompiledSlot.recognizer(g.name(), s.list(), rec, recognizerCount++);
            }
        };
        slots.put(key, compiled);
        return compiled;
    }

    private String normalizeLiteral(String raw) {
        return literalCache.computeIfAbsent(raw, r -> normalizer.normalize(r).text());
    }

    /** Normalises a word or phrase (a list synonym) exactly like user text, fillers aside. */
    static String normalizeWords(String s, TextNormalizer normalizer) {
        return WHITESPACE.apply(normalizer.normalize(s)).text();
    }
}
