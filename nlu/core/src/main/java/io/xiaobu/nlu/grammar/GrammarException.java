package io.xiaobu.nlu.grammar;

/** A template or grammar that cannot be compiled; the message names the template and the 1-based column. */
public final class GrammarException extends RuntimeException {

    private final String template;
    private final int column;

    public GrammarException(String template, int column, String problem) {
        super("template '" + template + "' column " + column + ": " + problem);
        this.template = template;
        this.column = column;
    }

    public GrammarException(String problem) {
        super(problem);
        this.template = null;
        this.column = 0;
    }

    /** The template at fault, or {@code null} for a grammar-level problem. */
    public String template() {
        return template;
    }

    /** 1-based column in the template, or 0 when not about one position. */
    public int column() {
        return column;
    }
}
