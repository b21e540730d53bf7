package io.xiaobu.nlu.grammar;

import io.xiaobu.nlu.NormalizedText;
import io.xiaobu.nlu.text.TextNormalizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Measures rule matching with many templates loaded: the built-in grammars plus synthetic grammars of
 * realistic shape (rules, list slots with synonyms, anchored wildcards, number recognisers) up to the
 * requested template count. Utterances are sampled from the same templates (should match) and random
 * strings from the same characters (should not: the slower path, with the slot-failed second pass).
 *
 * <p>Usage: {@code RuleMatcherBenchmark [templates=5000] [measured utterances=20000] [seed=1]}
 */
public final class RuleMatcherBenchmark {

    private static final String CHARS = "的一是不了人我在有他这为之大来以个中上们到说时地也子就道要出会可下你年生自"
            + "能而那得于着过后家天发成么还用作好多都心看起点当没只现定意已所开手其实样无力它与长把机十民第公此已工使情明"
            + "性知全三关问动同体方又日关经行面从前所本见新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建"
            + "月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接"
            + "知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志";

    private RuleMatcherBenchmark() {
    }

    public static void main(String[] args) {
        int templateCount = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        run(templateCount, measured, seed);
    }

    /** Compiles {@code templateCount} templates, then times {@code measured} matches per scenario, printing percentiles. */
    public static void run(int templateCount, int measured, long seed) {
        Random random = new Random(seed);

        List<Grammar> grammars = new ArrayList<>(GrammarYamlLoader.builtIn());
        int builtIn = grammars.stream().mapToInt(g -> g.intents().stream().mapToInt(i -> i.templates().size()).sum()).sum();
        int remaining = templateCount - builtIn;
        for (int d = 0; remaining > 0; d++) {
            Grammar g = syntheticDomain("d" + d, Math.min(remaining, 100), random);
            remaining -= 100;
            grammars.add(g);
        }
        long t0 = System.nanoTime();
        RuleMatcher matcher = RuleMatcher.compile(grammars);
        double compileMs = (System.nanoTime() - t0) / 1e6;
        System.out.printf("compiled %d templates in %d grammars: %.0f ms, %d automaton states%n",
                matcher.templates().size(), grammars.size(), compileMs, matcher.stateCount());

        TextNormalizer normalizer = TextNormalizer.standard();
        List<String> positives = new ArrayList<>();
        for (TemplateSampler.Sample s : new TemplateSampler(grammars).sample(2, seed)) positives.add(s.text());
        java.util.Collections.shuffle(positives, random);
        List<String> negatives = new ArrayList<>();
        for (int i = 0; i < positives.size(); i++) negatives.add(randomText(random, 4 + random.nextInt(12)));

        List<NormalizedText> pos = positives.stream().map(normalizer::normalize).toList();
        List<NormalizedText> neg = negatives.stream().map(normalizer::normalize).toList();
        int matched = 0, partial = 0;
        for (NormalizedText t : pos) if (matcher.match(t).status() == RuleMatchResult.Status.MATCHED) matched++;
        for (NormalizedText t : neg) if (matcher.match(t).status() == RuleMatchResult.Status.PARTIAL) partial++;
        System.out.printf("%d sampled utterances: %d matched fully (%.1f%%); %d random strings: %d partial, rest no match%n",
                pos.size(), matched, 100.0 * matched / pos.size(), neg.size(), partial);

        for (int round = 0; round < 3; round++) {             // warm-up
            for (NormalizedText t : pos) matcher.match(t);
            for (NormalizedText t : neg) matcher.match(t);
        }
        report("match, sampled (should match)", matcher, pos, measured, null);
        report("match, random (should not match)", matcher, neg, measured, null);
        report("normalise + match, sampled", matcher, null, measured, positives);
        List<NormalizedText> longInputs = new ArrayList<>();
        for (int i = 0; i < 200; i++) longInputs.add(normalizer.normalize(randomText(random, 100 + random.nextInt(101))));
        report("match, random 100-200 chars", matcher, longInputs, Math.min(measured, 2000), null);
        List<NormalizedText> all = new ArrayList<>(longInputs);
        all.addAll(neg.subList(0, Math.min(2000, neg.size())));
        all.addAll(pos.subList(0, Math.min(2000, pos.size())));
        System.out.printf("slowest input, best of 10 repeats (separates stalls from slow inputs): %.4f ms%n", slowestRepeatable(matcher, all, 10));
    }

    private static void report(String label, RuleMatcher matcher, List<NormalizedText> inputs, int measured, List<String> raw) {
        TextNormalizer normalizer = TextNormalizer.standard();
        long[] ns = new long[measured];
        int n = inputs != null ? inputs.size() : raw.size();
        int sink = 0;
        for (int i = 0; i < measured; i++) {
            long t = System.nanoTime();
            RuleMatchResult r = inputs != null ? matcher.match(inputs.get(i % n)) : matcher.match(normalizer.normalize(raw.get(i % n)));
            ns[i] = System.nanoTime() - t;
            sink += r.matches().size();
            if (i > 0 && i % 5000 == 0) System.out.printf("  %s: %d/%d%n", label, i, measured);
        }
        Arrays.sort(ns);
        System.out.printf("%-36s n=%d  p50 %.4f ms  p90 %.4f ms  p99 %.4f ms  max %.3f ms  (sink %d)%n", label, measured,
                ns[measured / 2] / 1e6, ns[(int) (measured * 0.9)] / 1e6, ns[(int) (measured * 0.99)] / 1e6, ns[measured - 1] / 1e6, sink);
    }

    /** The slowest input when each input is timed {@code repeats} times and its fastest run kept. */
    private static double slowestRepeatable(RuleMatcher matcher, List<NormalizedText> inputs, int repeats) {
        long worst = 0;
        for (NormalizedText t : inputs) {
            long best = Long.MAX_VALUE;
            for (int k = 0; k < repeats; k++) {
                long start = System.nanoTime();
                matcher.match(t);
                best = Math.min(best, System.nanoTime() - start);
            }
            worst = Math.max(worst, best);
        }
        return worst / 1e6;
    }

    /** A domain of up to {@code count} templates over 10 intents, with the shapes real skills use. */
    private static Grammar syntheticDomain(String domain, int count, Random random) {
        Map<String, SlotSpec> slots = new LinkedHashMap<>();
        List<ListValue> values = new ArrayList<>();
        for (int i = 0; i < 30; i++) values.add(new ListValue(word(random, 2, 4), "v" + i, List.of(word(random, 2, 3), word(random, 2, 3))));
        slots.put("item", new SlotSpec.ListSlot(values));
        slots.put("name", new SlotSpec.WildcardSlot(1, 12, List.of(word(random, 2, 5), word(random, 2, 5))));
        slots.put("n", new SlotSpec.RecognizerSlot(IntegerRecognizer.ID));
        Map<String, String> rules = Map.of("please", "[请|帮我|麻烦你|给我]", "end", "[一下|吧|啊|好吗]");
        List<IntentGrammar> intents = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            List<String> templates = new ArrayList<>();
            int perIntent = count / 10 + (i < count % 10 ? 1 : 0);
            if (perIntent == 0) break;
            for (int k = 0; k < perIntent; k++) {
                String v1 = word(random, 2, 2), v2 = word(random, 2, 2), o = word(random, 2, 4);
                templates.add(switch (random.nextInt(5)) {
                    case 0 -> "<please>(" + v1 + "|" + v2 + ")" + o + "<end>";
                    case 1 -> "<please>" + v1 + "{item}<end>";
                    case 2 -> v1 + "{name}的" + o;
                    case 3 -> "<please>[把]" + o + "(调到|设为|改成){n}<end>";
                    default -> "{item}(" + v1 + "|" + v2 + ")[吧]";
                });
            }
            intents.add(new IntentGrammar(domain, domain + ".intent" + i, templates));
        }
        return new Grammar("bench/" + domain, intents, slots, rules);
    }

    private static String word(Random random, int min, int max) {
        return randomText(random, min + random.nextInt(max - min + 1));
    }

    private static String randomText(Random random, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) b.append(CHARS.charAt(random.nextInt(CHARS.length())));
        return b.toString();
    }
}
