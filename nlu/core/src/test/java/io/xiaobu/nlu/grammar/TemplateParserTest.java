package io.xiaobu.nlu.grammar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateParserTest {

    @Test
    void aTemplateWithEverySyntaxElementParsesIntoItsTree() {
        Expr e = TemplateParser.parse("[请|帮我](打开|开启){app}<end>");
        assertThat(e).isEqualTo(new Expr.Sequence(List.of(
                new Expr.Alternative(List.of(new Expr.Literal("请", 2), new Expr.Literal("帮我", 4)), true, 1),
                new Expr.Alternative(List.of(new Expr.Literal("打开", 8), new Expr.Literal("开启", 11)), false, 7),
                new Expr.SlotRef("app", "app", 14),
                new Expr.RuleRef("end", 19))));
    }

    @Test
    void nestedGroupsAndRenamedSlotsParse() {
        Expr e = TemplateParser.parse("从{city:from}(到|去[往]){city:to}");
        assertThat(e).isInstanceOf(Expr.Sequence.class);
        List<Expr> items = ((Expr.Sequence) e).items();
        assertThat(items.get(1)).isEqualTo(new Expr.SlotRef("city", "from", 2));
        Expr.Alternative to = (Expr.Alternative) items.get(2);
        assertThat(to.options().get(1)).isEqualTo(new Expr.Sequence(List.of(new Expr.Literal("去", 16),
                new Expr.Alternative(List.of(new Expr.Literal("往", 18)), true, 17))));
        assertThat(items.get(3)).isEqualTo(new Expr.SlotRef("city", "to", 21));
    }

    @Test
    void backslashEscapesASpecialChar() {
        assertThat(TemplateParser.parse("a\\(b\\)")).isEqualTo(new Expr.Literal("a(b)", 1));
    }

    @Test
    void topLevelAlternativesAreAllowed() {
        assertThat(TemplateParser.parse("截屏|截图")).isInstanceOf(Expr.Alternative.class);
    }

    @ParameterizedTest(name = "{0} → column {1}: {2}")
    @CsvSource(delimiter = ';', textBlock = """
            打开(微信|支付宝           ; 3 ; unclosed '('
            打开[微信                  ; 3 ; unclosed '['
            打开{app                   ; 3 ; unclosed '{'
            打开<please                ; 3 ; unclosed '<'
            打开微信)                  ; 5 ; unmatched ')'
            打开}                      ; 3 ; unmatched '}'
            (打开|)微信                ; 4 ; empty alternative
            打开{}                     ; 3 ; empty slot name
            打开{a b}                  ; 3 ; bad char ' '
            打开{a:b:c}                ; 3 ; more than one ':'
            打开()                     ; 3 ; empty '()'
            打开(微信]                 ; 3 ; unclosed '(' (found ']' at column 6)
            结尾\\                     ; 3 ; escapes nothing
            """)
    void syntaxErrorsNameTheTemplateAndColumn(String template, int column, String problem) {
        assertThatThrownBy(() -> TemplateParser.parse(template))
                .isInstanceOfSatisfying(GrammarException.class, e -> {
                    assertThat(e.column()).isEqualTo(column);
                    assertThat(e.template()).isEqualTo(template);
                })
                .hasMessageContaining("template '" + template + "' column " + column)
                .hasMessageContaining(problem);
    }

    @Test
    void emptyTemplateIsAnError() {
        assertThatThrownBy(() -> TemplateParser.parse("  ")).hasMessageContaining("empty template");
    }
}
