package io.xiaobu.nlu.grammar;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses one template into an {@link Expr}. The syntax (close to Home Assistant's hassil):
 *
 * <pre>
 * template    = alternatives
 * alternatives= sequence ( "|" sequence )*
 * sequence    = item*
 * item        = literal | "(" alternatives ")" | "[" alternatives "]" | "{" name [ ":" name ] "}" | "&lt;" name "&gt;"
 * literal     = ( any char except ()[]{}&lt;&gt;|\  |  "\" any char )+
 * name        = ( letter | digit | "_" | "." | "-" )+
 * </pre>
 *
 * {@code (a|b)} requires one alternative, {@code [a|b]} makes it optional, {@code {app}} references the
 * slot definition {@code app} (its value is reported as slot {@code app}), {@code {city:to}} uses
 * definition {@code city} and reports slot {@code to}, {@code <please>} inlines the grammar rule
 * {@code please}. Errors name the template and the 1-based column.
 */
public final class TemplateParser {

    private final String src;
    private int pos;

    private TemplateParser(String src) {
        this.src = src;
    }

    /** Parses {@code template}; throws {@link GrammarException} with the column of the first problem. */
    public static Expr parse(String template) {
        if (template == null || template.isBlank()) throw new GrammarException(String.valueOf(template), 1, "empty template");
        TemplateParser p = new TemplateParser(template);
        Expr e = p.alternatives(1, '\0');
        if (p.pos < template.length()) {
            throw p.error(p.pos, "unmatched '" + template.charAt(p.pos) + "'");
        }
        return e;
    }

    private Expr alternatives(int openColumn, char close) {
        List<Expr> options = new ArrayList<>();
        options.add(sequence());
        while (pos < src.length() && src.charAt(pos) == '|') {
            int bar = pos++;
            Expr next = sequence();
            if (close != ']' && (isEmpty(next) || isEmpty(options.getFirst()))) {
                throw error(bar, "empty alternative in '(...)'; use '[...]' for an optional part");
            }
            options.add(next);
        }
        return options.size() == 1 ? options.getFirst() : new Expr.Alternative(options, false, openColumn);
    }

    private Expr sequence() {
        List<Expr> items = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int literalStart = pos;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '|' || c == ')' || c == ']') break;
            if (c == '(' || c == '[' || c == '{' || c == '<') {
                flush(items, literal, literalStart);
                items.add(group(c));
                literalStart = pos;
                continue;
            }
            if (c == '}' || c == '>') throw error(pos, "unmatched '" + c + "'");
            if (literal.isEmpty()) literalStart = pos;
            if (c == '\\') {
                if (pos + 1 >= src.length()) throw error(pos, "'\\' at the end of the template escapes nothing");
                literal.append(src.charAt(pos + 1));
                pos += 2;
                continue;
            }
            literal.append(c);
            pos++;
        }
        flush(items, literal, literalStart);
        return items.size() == 1 ? items.getFirst() : new Expr.Sequence(items);
    }

    private Expr group(char open) {
        int start = pos++;
        switch (open) {
            case '(', '[' -> {
                char close = open == '(' ? ')' : ']';
                Expr inner = alternatives(start + 1, close);
                if (pos >= src.length() || src.charAt(pos) != close) {
                    throw error(start, "unclosed '" + open + "'" + (pos < src.length() ? " (found '" + src.charAt(pos) + "' at column " + (pos + 1) + ")" : ""));
                }
                pos++;
                if (isEmpty(inner)) throw error(start, "empty '" + open + close + "'");
                List<Expr> options = inner instanceof Expr.Alternative a ? a.options() : List.of(inner);
                return new Expr.Alternative(options, open == '[', start + 1);
            }
            case '{' -> {
                String body = until('}', start);
                String[] parts = body.split(":", -1);
                if (parts.length > 2) throw error(start, "slot reference '{" + body + "}' has more than one ':'");
                checkName(parts[0], start, "slot");
                String slot = parts.length == 2 ? parts[1] : parts[0];
                checkName(slot, start, "slot");
                return new Expr.SlotRef(parts[0], slot, start + 1);
            }
            default -> {
                String name = until('>', start);
                checkName(name, start, "rule");
                return new Expr.RuleRef(name, start + 1);
            }
        }
    }

    private String until(char close, int start) {
        int end = src.indexOf(close, pos);
        if (end < 0) throw error(start, "unclosed '" + src.charAt(start) + "'");
        String body = src.substring(pos, end);
        pos = end + 1;
        return body.trim();
    }

    private void checkName(String name, int start, String what) {
        if (name.isEmpty()) throw error(start, "empty " + what + " name");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '.' && c != '-') {
                throw error(start, "bad char '" + c + "' in " + what + " name '" + name + "'");
            }
        }
    }

    private static void flush(List<Expr> items, StringBuilder literal, int start) {
        if (!literal.isEmpty()) {
            items.add(new Expr.Literal(literal.toString(), start + 1));
            literal.setLength(0);
        }
    }

    private static boolean isEmpty(Expr e) {
        return e instanceof Expr.Sequence s && s.items().isEmpty();
    }

    private GrammarException error(int index, String problem) {
        return new GrammarException(src, index + 1, problem);
    }
}
