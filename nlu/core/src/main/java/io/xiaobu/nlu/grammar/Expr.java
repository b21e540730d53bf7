package io.xiaobu.nlu.grammar;

import java.util.List;

/** The parsed form of a template (see {@link TemplateParser} for the syntax). Columns are 1-based. */
public sealed interface Expr {

    /** Literal words; whitespace inside stands for an optional space. */
    record Literal(String text, int column) implements Expr { }

    /** Parts that follow each other. */
    record Sequence(List<Expr> items) implements Expr {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** {@code (a|b)} or, when {@code optional}, {@code [a|b]}. */
    record Alternative(List<Expr> options, boolean optional, int column) implements Expr {
        public Alternative {
            options = List.copyOf(options);
        }
    }

    /** {@code {list}} or {@code {list:slot}}: a slot filled from the slot definition {@code list}. */
    record SlotRef(String list, String slot, int column) implements Expr { }

    /** {@code <rule>}: a named sub-template defined in the grammar. */
    record RuleRef(String name, int column) implements Expr { }
}
