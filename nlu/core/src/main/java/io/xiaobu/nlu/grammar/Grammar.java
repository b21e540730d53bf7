package io.xiaobu.nlu.grammar;

import java.util.List;
import java.util.Map;

/**
 * A unit of templates with its own slot definitions and named rules: one built-in grammar file or one
 * skill's interaction model. Slot and rule names are local to the grammar, so two skills may both define
 * {@code {name}} differently.
 *
 * @param name    identifies the grammar in explanations and errors, e.g. {@code builtin/system}
 * @param intents the intents and their templates
 * @param slots   slot definitions by name, referenced as {@code {name}}
 * @param rules   named sub-templates, referenced as {@code <name>}
 */
public record Grammar(String name, List<IntentGrammar> intents, Map<String, SlotSpec> slots, Map<String, String> rules) {
    public Grammar {
        if (name == null || name.isBlank()) throw new GrammarException("a grammar has no name");
        intents = List.copyOf(intents);
        slots = slots == null ? Map.of() : Map.copyOf(slots);
        rules = rules == null ? Map.of() : Map.copyOf(rules);
    }
}
