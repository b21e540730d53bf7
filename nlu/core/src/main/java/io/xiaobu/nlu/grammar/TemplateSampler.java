package io.xiaobu.nlu.grammar;

import io.xiaobu.nlu.Slot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Expands templates into labelled example utterances (text, intent, slots with spans) for training and
 * tests, so that the same templates feed the matcher, the model and the test suite. Slot fillers come from
 * list values and their synonyms, wildcard {@code examples}, and recogniser {@code examples()}. A variant
 * whose wildcard slot has no examples cannot be sampled and is skipped.
 */
public final class TemplateSampler {

    /** One generated utterance; slot spans are offsets into {@code text}. */
    public record Sample(String text, String domain, String intent, List<Slot> slots, String template) {
        public Sample {
            slots = List.copyOf(slots);
        }
    }

    private final List<Grammar> grammars;
    private final SlotRecognizers recognizers;
    private final int maxVariantsPerTemplate;

    public TemplateSampler(List<Grammar> grammars, SlotRecognizers recognizers, int maxVariantsPerTemplate) {
        this.grammars = List.copyOf(grammars);
        this.recognizers = recognizers;
        this.maxVariantsPerTemplate = maxVariantsPerTemplate;
    }

    public TemplateSampler(List<Grammar> grammars) {
        this(grammars, SlotRecognizers.defaults(), RuleMatcherConfig.defaults().maxVariantsPerTemplate());
    }

    /**
     * Up to {@code perTemplate} distinct samples per template: variants are drawn without replacement in a
     * seeded random order and slots are filled at random, so the output is reproducible for a seed.
     */
    public List<Sample> sample(int perTemplate, long seed) {
        Random random = new Random(seed);
        List<Sample> out = new ArrayList<>();
        for (Grammar g : grammars) {
            for (IntentGrammar ig : g.intents()) {
                for (String template : ig.templates()) {
                    List<List<PathExpander.Piece>> variants =
                            new ArrayList<>(new PathExpander(template, g.rules(), maxVariantsPerTemplate).expand(TemplateParser.parse(template)));
                    Collections.shuffle(variants, random);
                    Set<String> seen = new LinkedHashSet<>();
                    for (int i = 0; i < variants.size() && seen.size() < perTemplate; i++) {
                        Sample s = fill(g, ig, template, variants.get(i), random);
                        if (s != null && seen.add(s.text())) out.add(s);
                    }
                }
            }
        }
        return out;
    }

    private Sample fill(Grammar g, IntentGrammar ig, String template, List<PathExpander.Piece> variant, Random random) {
        StringBuilder text = new StringBuilder();
        List<Slot> slots = new ArrayList<>();
        for (PathExpander.Piece p : variant) {
            switch (p) {
                case PathExpander.Piece.Text t -> text.append(t.raw());
                case PathExpander.Piece.Slot ref -> {
                    String[] filler = filler(g, template, ref, random);
                    if (filler == null) return null;
                    int start = text.length();
                    text.append(filler[0]);
                    slots.add(new Slot(ref.slot(), filler[0], filler[1], start, text.length(), null));
                }
            }
        }
        String s = text.toString().strip();
        if (s.isEmpty()) return null;
        return new Sample(text.toString(), ig.domain(), ig.intent(), slots, template);
    }

    /** {spoken form, normalised value}, or {@code null} when the slot has nothing to sample from. */
    private String[] filler(Grammar g, String template, PathExpander.Piece.Slot ref, Random random) {
        SlotSpec spec = g.slots().get(ref.list());
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
