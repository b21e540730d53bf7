package io.xiaobu.skills.builtin.calculator;

import io.xiaobu.skills.builtin.common.IntentRouter;
import io.xiaobu.skills.builtin.common.Speech;
import io.xiaobu.skills.builtin.common.Values;
import io.xiaobu.skills.sdk.Directive;
import io.xiaobu.skills.sdk.Phrases;
import io.xiaobu.skills.sdk.SkillRequest;
import io.xiaobu.skills.sdk.SkillResponse;

import java.math.BigDecimal;

/**
 * Computes arithmetic and unit conversions.
 *
 * @param scale decimals kept in spoken results
 */
public final class CalculatorSkill extends IntentRouter {

    private final int scale;

    public CalculatorSkill(int scale) {
        this.scale = scale;
        on("calc.compute", this::compute);
        on("unit.convert", this::convert);
    }

    private SkillResponse compute(SkillRequest r) {
        String expr = r.value("expression");
        if (expr == null || expr.isBlank() || r.utterance().contains("打开计算器")) {
            return SkillResponse.builder().say("好的，打开计算器。").directive(Directive.of("app.open").with("package", "com.android.calculator2").with("name", "计算器")).build();
        }
        BigDecimal v = Expression.evaluate(expr).orElse(null);
        if (v == null) {
            return SkillResponse.builder().say("这个算式我算不了，换个说法试试?").failed("cannot evaluate: " + expr).build();
        }
        String result = Speech.number(v, scale);
        return SkillResponse.builder().tts(Phrases.pick(r, "calc", "等于" + result + "。", "结果是" + result + "。", "算出来是" + result + "。"))
                .text(expr + " = " + result).brief("= " + result).build();
    }

    private SkillResponse convert(SkillRequest r) {
        String from = r.value("from_unit"), to = r.value("to_unit");
        BigDecimal n = Values.number(r.value("number")).orElse(BigDecimal.ONE);
        if (!UnitConverter.knows(from) || !UnitConverter.knows(to)) return SkillResponse.builder().say("这个单位我还不认识。").build();
        BigDecimal v = UnitConverter.convert(n, from, to).orElse(null);
        if (v == null) return SkillResponse.builder().say(from + "和" + to + "不是同一类单位，没法换算哦。").build();
        String line = Speech.number(n, scale) + from + "等于" + Speech.number(v, scale) + to;
        return SkillResponse.builder().say(Phrases.pick(r, "conv", line + "。", "算好了，" + line + "。")).brief(line).build();
    }
}
