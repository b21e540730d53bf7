package io.xiaobu.cli;

import io.xiaobu.nlu.NormalizedText;
import io.xiaobu.nlu.Slot;
import io.xiaobu.nlu.grammar.Grammar;
import io.xiaobu.nlu.grammar.GrammarYamlLoader;
import io.xiaobu.nlu.grammar.PartialMatch;
import io.xiaobu.nlu.grammar.RuleMatch;
import io.xiaobu.nlu.grammar.RuleMatchResult;
import io.xiaobu.nlu.grammar.RuleMatcher;
import io.xiaobu.nlu.grammar.RuleMatcherBenchmark;
import io.xiaobu.nlu.grammar.TemplateSampler;
import io.xiaobu.nlu.text.TextNormalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** {@code xiaobu rules …}: try the rule grammar on an utterance, sample training utterances, benchmark the matcher. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Rule grammar: match an utterance, sample utterances from templates, benchmark the matcher.",
        subcommands = {RulesCommand.Match.class, RulesCommand.Sample.class, RulesCommand.Bench.class})
public final class RulesCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /** The built-in grammars plus any YAML files given with {@code --grammar}. */
    static List<Grammar> grammars(List<Path> files) {
        List<Grammar> out = new ArrayList<>(GrammarYamlLoader.builtIn());
        for (Path f : files) {
            try {
                out.add(GrammarYamlLoader.parse(Files.readString(f, StandardCharsets.UTF_8), f.getFileName().toString()));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read grammar " + f + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    @Command(name = "match", mixinStandardHelpOptions = true, description = "Normalise an utterance and match it against the grammars.")
    static final class Match implements Runnable {
        @Parameters(arity = "1..*", description = "the utterance") List<String> words;
        @Option(names = "--grammar", description = "an extra grammar YAML file (repeatable)") List<Path> files = new ArrayList<>();

        @Override
        public void run() {
            RuleMatcher matcher = RuleMatcher.compile(grammars(files));
            NormalizedText text = TextNormalizer.standard().normalize(String.join(" ", words));
            RuleMatchResult r = matcher.match(text);
            System.out.println("normalised: " + text.text());
            System.out.println("status:     " + r.status() + (r.truncated() ? " (search truncated)" : ""));
            for (RuleMatch m : r.matches()) {
                System.out.printf("match       %s/%s  confidence %.3f  slots %s%n            %s%n", m.template().domain(), m.intent(),
                        m.understanding().confidence(), slots(m.understanding().slots()), m.understanding().explanation());
            }
            for (PartialMatch p : r.partials()) {
                System.out.printf("partial     %s %s/%s  slots %s%s%n", p.kind(), p.template().domain(), p.template().intent(),
                        slots(p.understanding().slots()), p.expected().isEmpty() ? "" : "  expected " + p.expected());
            }
        }
    }

    @Command(name = "sample", mixinStandardHelpOptions = true,
            description = "Print labelled utterances sampled from the templates (TSV: text, domain, intent, slots).")
    static final class Sample implements Runnable {
        @Option(names = "--per-template", defaultValue = "5", description = "samples per template (default ${DEFAULT-VALUE})") int perTemplate;
        @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})") long seed;
        @Option(names = "--grammar", description = "an extra grammar YAML file (repeatable)") List<Path> files = new ArrayList<>();

        @Override
        public void run() {
            for (TemplateSampler.Sample s : new TemplateSampler(grammars(files)).sample(perTemplate, seed)) {
                System.out.println(s.text() + "\t" + s.domain() + "\t" + s.intent() + "\t" + slots(s.slots()));
            }
        }
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = "Time the matcher with many templates loaded (built-in + synthetic grammars).")
    static final class Bench implements Runnable {
        @Option(names = "--templates", defaultValue = "5000", description = "templates to load (default ${DEFAULT-VALUE})") int templates;
        @Option(names = "--measured", defaultValue = "20000", description = "timed matches per scenario (default ${DEFAULT-VALUE})") int measured;
        @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})") long seed;

        @Override
        public void run() {
            RuleMatcherBenchmark.run(templates, measured, seed);
        }
    }

    private static String slots(List<Slot> slots) {
        return slots.stream().map(s -> s.name() + "=" + s.value() + "→" + s.normalized() + "[" + s.start() + "," + s.end() + ")")
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
