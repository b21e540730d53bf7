package io.xiaobu.nlu.grammar;

import io.xiaobu.nlu.text.TextNormalizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compiles grammars into one trie: every template is expanded into its variants, literal text is
 * normalised like user text, and the variants are inserted so that templates share their prefixes.
 */
final class TemplateCompiler {

    /** The compiled form handed to the matcher. */
    record Compiled(TrieNode root, List<TemplateRef> templates, int recognizerCount) { }

    private final SlotRecognizers recognizers;
    private final RuleMatcherConfig config;
    private final TextNormalizer normalizer = TextNormalizer.forTemplates();
    private final TrieNode root = new TrieNode();
    private final List<TemplateRef> templates = new ArrayList<>();
    private final Map<String, CompiledSlot> slots = new HashMap<>();
    private int recognizerCount;

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
                    addTemplate(g, ref);
                }
            }
        }
        root.computeReachable(config.maxPartials());
        return new Compiled(root, List.copyOf(templates), recognizerCount);
    }

    private void addTemplate(Grammar g, TemplateRef ref) {
        Expr expr = TemplateParser.parse(ref.template());
        List<List<PathExpander.Piece>> paths = new PathExpander(ref.template(), g.rules(), config.maxVariantsPerTemplate()).expand(expr);
        for (List<PathExpander.Piece> path : paths) {
            List<Object> tokens = tokens(g, ref, path);
            TrieNode n = root;
            for (Object t : tokens) {
                n = t instanceof Character c ? n.addChild(c) : n.addSlotEdge(((SlotToken) t).slot, ((SlotToken) t).name);
            }
            n.addTerminal(ref.id());
        }
    }

    private record SlotToken(CompiledSlot slot, String name) { }

    /** Turns a path into trie tokens: literal chars (a space = optional space) and slot tokens. */
    private List<Object> tokens(Grammar g, TemplateRef ref, List<PathExpander.Piece> path) {
        List<Object> out = new ArrayList<>();
        boolean anchored = false;
        for (PathExpander.Piece p : path) {
            switch (p) {
                case PathExpander.Piece.Text t -> {
                    String text = normalizeLiteral(t.raw());
                    for (int i = 0; i < text.length(); i++) {
                        char c = text.charAt(i);
                        if (c == ' ' && (out.isEmpty() || out.getLast() instanceof Character prev && prev == ' ')) continue;
                        out.add(c);
                        if (c != ' ') anchored = true;
                    }
                }
                case PathExpander.Piece.Slot s -> {
                    CompiledSlot slot = slot(g, ref, s);
                    if (slot.kind != CompiledSlot.Kind.WILDCARD) anchored = true;
                    out.add(new SlotToken(slot, s.slot()));
                }
            }
        }
        while (!out.isEmpty() && out.getLast() instanceof Character c && c == ' ') out.removeLast();
        if (out.isEmpty()) throw new GrammarException(ref.template(), 1, "a variant of this template matches empty text");
        if (!anchored) throw new GrammarException(ref.template(), 1, "a variant of this template has only open slots and would match anything");
        return out;
    }

    private CompiledSlot slot(Grammar g, TemplateRef ref, PathExpander.Piece.Slot s) {
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
        String t = normalizer.normalize(raw).text();
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            b.append(Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c);
        }
        return b.toString();
    }

    private static final io.xiaobu.nlu.text.WhitespaceFilter WHITESPACE = new io.xiaobu.nlu.text.WhitespaceFilter();

    /** Normalises a word or phrase (a list synonym) like user text: spaces collapsed and trimmed. */
    static String normalizeWords(String s, TextNormalizer normalizer) {
        return WHITESPACE.apply(normalizer.normalize(s)).text();
    }
}
