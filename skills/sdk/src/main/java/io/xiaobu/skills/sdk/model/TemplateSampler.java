package io.xiaobu.skills.sdk.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Expands templates into concrete sentences with slot spans: the same templates feed training data,
 * few-shot matching and tests.
 *
 * @param maxPerTemplate upper bound on sentences produced from one template
 */
public record TemplateSampler(int maxPerTemplate) {

    /** A concrete sentence and the slot values placed in it. */
    public record Sample(String text, Map<String, String> slots) {
    }

    private record Partial(StringBuilder text, Map<String, String> slots) {
        Partial copy() {
            return new Partial(new StringBuilder(text), new LinkedHashMap<>(slots));
        }
    }

    /**
     * Expands one template.
     *
     * @param rules      named sub-rule templates (source text)
     * @param slotValue  the surface value to put for a slot name
     */
    public List<Sample> expand(Template template, Map<String, String> rules, Function<String, String> slotValue) {
        List<Partial> out = new ArrayList<>();
        out.add(new Partial(new StringBuilder(), new LinkedHashMap<>()));
        out = walk(template.root(), out, rules, slotValue, 0);
        return out.stream().limit(maxPerTemplate).map(p -> new Sample(p.text().toString(), Map.copyOf(p.slots()))).toList();
    }

    private List<Partial> walk(Template.Node node, List<Partial> in, Map<String, String> rules,
                               Function<String, String> slotValue, int depth) {
        switch (node) {
            case Template.Text t -> in.forEach(p -> p.text().append(t.text()));
            case Template.SlotRef s -> {
                String v = slotValue.apply(s.name());
                in.forEach(p -> { p.text().append(v); p.slots().put(s.name(), v); });
            }
            case Template.Seq seq -> {
                for (Template.Node item : seq.items()) in = walk(item, in, rules, slotValue, depth);
            }
            case Template.Alt alt -> {
                List<Partial> merged = new ArrayList<>();
                for (Template.Node option : alt.options()) {
                    List<Partial> copies = in.stream().map(Partial::copy).toList();
                    merged.addAll(walk(option, new ArrayList<>(copies), rules, slotValue, depth));
                    if (merged.size() >= maxPerTemplate) break;
                }
                in = cap(merged);
            }
            case Template.Opt opt -> {
                List<Partial> without = in.stream().map(Partial::copy).toList();
                List<Partial> with = walk(opt.inner(), new ArrayList<>(in), rules, slotValue, depth);
                List<Partial> merged = new ArrayList<>(with);
                merged.addAll(without);
                in = cap(merged);
            }
            case Template.RuleRef r -> {
                String src = rules.get(r.name());
                if (src != null && depth < 8) {
                    try {
                        in = walk(Template.parse(src).root(), in, rules, slotValue, depth + 1);
                    } catch (Template.TemplateSyntaxException e) {
                        // an invalid rule is reported by the validator; expand it as nothing here
                    }
                }
            }
        }
        return in;
    }

    private List<Partial> cap(List<Partial> list) {
        return list.size() <= maxPerTemplate ? list : new ArrayList<>(list.subList(0, maxPerTemplate));
    }
}
