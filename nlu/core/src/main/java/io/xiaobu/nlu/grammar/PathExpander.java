package io.xiaobu.nlu.grammar;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expands a parsed template into its flat paths: every choice of alternatives and optional parts, with
 * rules inlined. A path is a list of {@link Piece}s (raw literal text and slot references). The number of
 * paths per template is capped so that a careless template fails at compile time, not at match time.
 */
final class PathExpander {

    /** One element of a path: literal text as written, or a slot reference. */
    sealed interface Piece {
        record Text(String raw) implements Piece { }

        record Slot(String list, String slot, int column) implements Piece { }
    }

    private final String template;
    private final Map<String, String> rules;
    private final int maxPaths;

    PathExpander(String template, Map<String, String> rules, int maxPaths) {
        this.template = template;
        this.rules = rules;
        this.maxPaths = maxPaths;
    }

    List<List<Piece>> expand(Expr root) {
        return expand(root, new HashSet<>());
    }

    private List<List<Piece>> expand(Expr e, Set<String> activeRules) {
        return switch (e) {
            case Expr.Literal l -> List.of(List.of(new Piece.Text(l.text())));
            case Expr.SlotRef s -> List.of(List.of(new Piece.Slot(s.list(), s.slot(), s.column())));
            case Expr.Sequence s -> {
                List<List<Piece>> acc = List.of(List.of());
                for (Expr item : s.items()) acc = product(acc, expand(item, activeRules), s);
                yield acc;
            }
            case Expr.Alternative a -> {
                List<List<Piece>> out = new ArrayList<>();
                if (a.optional()) out.add(List.of());
                for (Expr option : a.options()) {
                    out.addAll(expand(option, activeRules));
                    checkSize(out.size(), a.column());
                }
                yield out;
            }
            case Expr.RuleRef r -> {
                String body = rules.get(r.name());
                if (body == null) {
                    throw new GrammarException(template, r.column(), "unknown rule <" + r.name() + ">; defined rules: " + new java.util.TreeSet<>(rules.keySet()));
                }
                if (!activeRules.add(r.name())) {
                    throw new GrammarException(template, r.column(), "rule <" + r.name() + "> refers to itself");
                }
                Expr parsed;
                try {
                    parsed = TemplateParser.parse(body);
                } catch (GrammarException inner) {
                    throw new GrammarException(template, r.column(), "in rule <" + r.name() + ">: " + inner.getMessage());
                }
                List<List<Piece>> out = expand(parsed, activeRules);
                activeRules.remove(r.name());
                yield out;
            }
        };
    }

    private List<List<Piece>> product(List<List<Piece>> left, List<List<Piece>> right, Expr.Sequence at) {
        checkSize((long) left.size() * right.size(), firstColumn(at));
        List<List<Piece>> out = new ArrayList<>(left.size() * right.size());
        for (List<Piece> l : left) {
            for (List<Piece> r : right) {
                List<Piece> joined = new ArrayList<>(l.size() + r.size());
                joined.addAll(l);
                joined.addAll(r);
                out.add(joined);
            }
        }
        return out;
    }

    private void checkSize(long size, int column) {
        if (size > maxPaths) {
            throw new GrammarException(template, column, "template expands to more than " + maxPaths + " variants; split it or use a list slot");
        }
    }

    private static int firstColumn(Expr.Sequence s) {
        for (Expr e : s.items()) {
            switch (e) {
                case Expr.Literal l -> { return l.column(); }
                case Expr.Alternative a -> { return a.column(); }
                case Expr.SlotRef r -> { return r.column(); }
                case Expr.RuleRef r -> { return r.column(); }
                default -> { }
            }
        }
        return 1;
    }
}
