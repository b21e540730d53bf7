package io.xiaobu.nlu.grammar;

import io.xiaobu.nlu.Slot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Expands templates into labelled example utterances (text, intent, slots with spans) for training and
 * tests, so that the same templates feed the matcher, the model and the test suite. Each sample is a
 * seeded random walk through the template (one alternative per group, optional parts in or out) with
 * slot fillers from list values and their synonyms, wildcard {@code examples} and recogniser
 * {@code examples()}. A template whose wildcard slot has no examples cannot be sampled and is skipped.
 */
public final class TemplateSampler {

    /** One generated utterance; slot spans are offsets into {@code text}. */
    public record Sample(String text, String domain, String intent, List<Slot> slots, String template) {
        public Sample {
            slots = List.copyOf(slots);
        }
    }

    private static final int ATTEMPTS_PER_SAMPLE = 4;

    private final List<Grammar> grammars;
    private final SlotRecognizers recognizers;

    public TemplateSampler(List<Grammar> grammars, SlotRecognizers recognizers) {
        this.grammars = List.copyOf(grammars);
        this.recognizers = recognizers;
    }

    public TemplateSampler(List<Grammar> grammars) {
        this(grammars, SlotRecognizers.defaults());
    }

    /** Up to {@code perTemplate} distinct samples per template, reproducible for a seed. */
    public List<Sample> sample(int perTemplate, long seed) {
        Random random = new Random(seed);
        List<Sample> out = new ArrayList<>();
        for (Grammar g : grammars) {
            for (IntentGrammar ig : g.intents()) {
                for (String template : ig.templates()) {
                    Expr expr = RuleInliner.parse(template, g.rules());
                    Set<String> seen = new LinkedHashSet<>();
                    for (int attempt = 0; attempt < perTemplate * ATTEMPTS_PER_SAMPLE && seen.size() < perTemplate; attempt++) {
                        Walk w = new Walk(g, template, random);
                        if (!w.walk(expr)) break; // unsampleable (a wildcard without examples)
                        String text = w.text.toString();
                        if (!text.isBlank() && seen.add(text)) out.add(new Sample(text, ig.domain(), ig.intent(), w.slots, template));
                    }
                }
            }
        }
        return out;
    }

    /** One random walk through a template. */
    private final class Walk {
        final Grammar grammar;
        final String template;
        final Random random;
        final StringBuilder text = new StringBuilder();
        final List<Slot> slots = new ArrayList<>();

        Walk(Grammar grammar, String template, Random random) {
            this.grammar = grammar;
            this.template = template;
            this.random = random;
        }

        boolean walk(Expr e) {
            switch (e) {
                case Expr.Literal l -> text.append(l.text());
                case Expr.Sequence s -> {
                    for (Expr item : s.items()) if (!walk(item)) return false;
                }
                case Expr.Alternative a -> {
                    int n = a.options().size() + (a.optional() ? 1 : 0);
                    int pick = random.nextInt(n);
                    if (pick < a.options().size()) return walk(a.options().get(pick));
                }
                case Expr.SlotRef r -> {
                    String[] filler = filler(r);
                    if (filler == null) return false;
                    int start = text.length();
                    text.append(filler[0]);
                    slots.add(new Slot(r.slot(), filler[0], filler[1], start, text.length(), null));
                }
                case Expr.RuleRef r -> throw new GrammarException(template, r.column(), "rule <" + r.name() + "> was not inlined");
            }
            return true;
        }

        /** {spoken form, normalised value}, or {@code null} when the slot has nothing to sample from. */
        private String[] filler(Expr.SlotRef ref) {
            SlotSpec spec = grammar.slots().get(ref.list());
            if (spec == null) throw new GrammarException(template, ref.column(), "unknown slot {" + ref.list() + "}");
            return switch (spec) {
                case SlotSpec.ListSlot l -> {
                    ListValue v = l.values().get(random.nextInt(l.values().size()));
                    List<String> forms = v.spokenForms();
                    yield new String[] {forms.get(random.nextInt(forms.size())), v.normalized()};
                }
                case SlotSpec.WildcardSlot w -> {
                    if (w.examples().isEmpty()) yield null;
                    String e = w.examples().get(random.nextInt(w.examples().size()));
                    yield new String[] {e, e};
                }
                case SlotSpec.RecognizerSlot r -> {
                    SlotRecognizer rec = recognizers.find(r.recognizerId());
                    if (rec == null || rec.examples().isEmpty()) yield null;
                    SlotRecognizer.Example e = rec.examples().get(random.nextInt(rec.examples().size()));
                    yield new String[] {e.text(), e.normalized()};
                }
            };
        }
    }
}
