package io.xiaobu.skills.sdk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A parsed sample-utterance template (hassil-like): {@code (a|b)} alternatives, {@code [x]} optional,
 * {@code {slot}} slot references and {@code <rule>} named sub-rules. Example:
 * {@code [请|帮我](定|设)[一]个{time}的闹钟}.
 */
public final class Template {

    /** A node of the template tree. */
    public sealed interface Node permits Text, Seq, Alt, Opt, SlotRef, RuleRef {
    }

    public record Text(String text) implements Node {
    }

    public record Seq(List<Node> items) implements Node {
    }

    public record Alt(List<Node> options) implements Node {
    }

    public record Opt(Node inner) implements Node {
    }

    public record SlotRef(String name) implements Node {
    }

    public record RuleRef(String name) implements Node {
    }

    private final String source;
    private final Node root;

    private Template(String source, Node root) {
        this.source = source;
        this.root = root;
    }

    public String source() {
        return source;
    }

    public Node root() {
        return root;
    }

    /**
     * Parses a template.
     *
     * @throws TemplateSyntaxException with the 0-based column of the problem
     */
    public static Template parse(String source) throws TemplateSyntaxException {
        if (source == null || source.isBlank()) throw new TemplateSyntaxException("empty template", 0);
        Parser p = new Parser(source);
        Node n = p.alternatives('\0');
        if (p.pos < source.length()) throw new TemplateSyntaxException("unexpected '" + source.charAt(p.pos) + "'", p.pos);
        return new Template(source, n);
    }

    /** Names of all {@code {slot}} references. */
    public Set<String> slotNames() {
        Set<String> out = new TreeSet<>();
        collect(root, out, true);
        return out;
    }

    /** Names of all {@code <rule>} references. */
    public Set<String> ruleNames() {
        Set<String> out = new TreeSet<>();
        collect(root, out, false);
        return out;
    }

    private static void collect(Node n, Set<String> out, boolean slots) {
        switch (n) {
            case SlotRef s -> { if (slots) out.add(s.name()); }
            case RuleRef r -> { if (!slots) out.add(r.name()); }
            case Seq s -> s.items().forEach(i -> collect(i, out, slots));
            case Alt a -> a.options().forEach(i -> collect(i, out, slots));
            case Opt o -> collect(o.inner(), out, slots);
            case Text t -> { }
        }
    }

    /** A template syntax error at a 0-based column. */
    public static final class TemplateSyntaxException extends Exception {
        private final int column;

        public TemplateSyntaxException(String message, int column) {
            super(message + " at column " + (column + 1));
            this.column = column;
        }

        public int column() {
            return column;
        }
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        Node alternatives(char close) throws TemplateSyntaxException {
            List<Node> options = new ArrayList<>();
            options.add(sequence(close));
            while (pos < s.length() && s.charAt(pos) == '|') {
                pos++;
                options.add(sequence(close));
            }
            return options.size() == 1 ? options.getFirst() : new Alt(options);
        }

        Node sequence(char close) throws TemplateSyntaxException {
            List<Node> items = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '|' || c == close) break;
                if (c == ')' || c == ']' || c == '}' || c == '>') throw new TemplateSyntaxException("unbalanced '" + c + "'", pos);
                if (c == '(' || c == '[' || c == '{' || c == '<') {
                    if (!text.isEmpty()) { items.add(new Text(text.toString())); text.setLength(0); }
                    items.add(group(c));
                } else {
                    text.append(c);
                    pos++;
                }
            }
            if (!text.isEmpty()) items.add(new Text(text.toString()));
            return items.size() == 1 ? items.getFirst() : new Seq(items);
        }

        Node group(char open) throws TemplateSyntaxException {
            int start = pos++;
            if (open == '{' || open == '<') {
                char close = open == '{' ? '}' : '>';
                int end = s.indexOf(close, pos);
                if (end < 0) throw new TemplateSyntaxException("'" + open + "' is never closed", start);
                String name = s.substring(pos, end).strip();
                if (!name.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
                    throw new TemplateSyntaxException("bad " + (open == '{' ? "slot" : "rule") + " name '" + name + "'", start);
                }
                pos = end + 1;
                return open == '{' ? new SlotRef(name) : new RuleRef(name);
            }
            char close = open == '(' ? ')' : ']';
            Node inner = alternatives(close);
            if (pos >= s.length() || s.charAt(pos) != close) throw new TemplateSyntaxException("'" + open + "' is never closed", start);
            pos++;
            if (inner instanceof Seq seq && seq.items().isEmpty()) throw new TemplateSyntaxException("empty group", start);
            return open == '[' ? new Opt(inner) : (inner instanceof Alt ? inner : new Alt(List.of(inner)));
        }
    }
}
