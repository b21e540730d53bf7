package io.xiaobu.nlu.grammar;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Replaces every {@code <rule>} of a parsed template by the rule's parsed body, detecting unknown and recursive rules. */
final class RuleInliner {

    private final String template;
    private final Map<String, String> rules;

    RuleInliner(String template, Map<String, String> rules) {
        this.template = template;
        this.rules = rules;
    }

    /** Parses {@code template} and inlines its rules; errors name the template and column. */
    static Expr parse(String template, Map<String, String> rules) {
        return new RuleInliner(template, rules).inline(TemplateParser.parse(template), new HashSet<>());
    }

    private Expr inline(Expr e, Set<String> active) {
        return switch (e) {
            case Expr.Literal l -> l;
            case Expr.SlotRef s -> s;
            case Expr.Sequence s -> {
                List<Expr> items = new ArrayList<>(s.items().size());
                for (Expr item : s.items()) items.add(inline(item, active));
                yield new Expr.Sequence(items);
            }
            case Expr.Alternative a -> {
                List<Expr> options = new ArrayList<>(a.options().size());
                for (Expr option : a.options()) options.add(inline(option, active));
                yield new Expr.Alternative(options, a.optional(), a.column());
            }
            case Expr.RuleRef r -> {
                String body = rules.get(r.name());
                if (body == null) {
                    throw new GrammarException(template, r.column(), "unknown rule <" + r.name() + ">; defined rules: " + new TreeSet<>(rules.keySet()));
                }
                if (!active.add(r.name())) throw new GrammarException(template, r.column(), "rule <" + r.name() + "> refers to itself");
                Expr parsed;
                try {
                    parsed = TemplateParser.parse(body);
                } catch (GrammarException inner) {
                    throw new GrammarException(template, r.column(), "in rule <" + r.name() + ">: " + inner.getMessage());
                }
                Expr out = inline(parsed, active);
                active.remove(r.name());
                yield out;
            }
        };
    }
}
