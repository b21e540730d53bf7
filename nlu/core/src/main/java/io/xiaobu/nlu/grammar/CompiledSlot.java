package io.xiaobu.nlu.grammar;

import io.xiaobu.nlu.text.TextNormalizer;

import java.util.List;

/** A slot definition ready for matching: a synonym trie, a wildcard length range or a recogniser. */
final class CompiledSlot {

    enum Kind { LIST, WILDCARD, RECOGNIZER }

    final String grammar;
    final String list;
    final Kind kind;
    final List<ListValue> values;
    final TrieNode synonyms;
    final int minChars;
    final int maxChars;
    final SlotRecognizer recognizer;
    /** {@code recognizer:<id>}, the kind reported in {@link SlotMatch}. */
    final String recognizerKind;
    /** Index for the per-match recogniser cache. */
    final int recognizerIndex;

    private CompiledSlot(String grammar, String list, Kind kind, List<ListValue> values, TrieNode synonyms,
                         int minChars, int maxChars, SlotRecognizer recognizer, int recognizerIndex) {
        this.grammar = grammar;
        this.list = list;
        this.kind = kind;
        this.values = values;
        this.synonyms = synonyms;
        this.minChars = minChars;
        this.maxChars = maxChars;
        this.recognizer = recognizer;
        this.recognizerIndex = recognizerIndex;
        this.recognizerKind = recognizer == null ? null : "recognizer:" + recognizer.id();
    }

    static CompiledSlot list(String grammar, String list, SlotSpec.ListSlot spec, TextNormalizer normalizer) {
        TrieNode root = new TrieNode();
        List<ListValue> values = spec.values();
        for (int v = 0; v < values.size(); v++) {
            for (String form : values.get(v).spokenForms()) {
                String key = TemplateCompiler.normalizeWords(form, normalizer);
                if (key.isEmpty()) continue;
                TrieNode n = root;
                for (int i = 0; i < key.length(); i++) n = n.addChild(key.charAt(i));
                n.addTerminal(v);
            }
        }
        return new CompiledSlot(grammar, list, Kind.LIST, values, root, 0, 0, null, -1);
    }

    static CompiledSlot wildcard(String grammar, String list, SlotSpec.WildcardSlot spec) {
        return new CompiledSlot(grammar, list, Kind.WILDCARD, List.of(), null, spec.minChars(), spec.maxChars(), null, -1);
    }

    static CompiledSlot recognizer(String grammar, String list, SlotRecognizer r, int index) {
        return new CompiledSlot(grammar, list, Kind.RECOGNIZER, List.of(), null, 0, 0, r, index);
    }
}
