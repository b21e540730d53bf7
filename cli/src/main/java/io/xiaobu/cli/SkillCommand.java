package io.xiaobu.cli;

import io.xiaobu.skills.sdk.Skill;
import io.xiaobu.skills.sdk.SkillProvider;
import io.xiaobu.skills.sdk.model.InvalidModelException;
import io.xiaobu.skills.sdk.model.ModelError;
import io.xiaobu.skills.sdk.model.ModelLoader;
import io.xiaobu.skills.sdk.runtime.SkillRuntime;
import io.xiaobu.skills.sdk.testkit.ScriptedTests;
import io.xiaobu.skills.sdk.testkit.TemplateUnderstander;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code xiaobu skill validate MODEL…} and {@code xiaobu skill test DIR}: the skill developer's loop. */
@Command(name = "skill", mixinStandardHelpOptions = true, description = "Validate and test skills built with the skill SDK.",
        subcommands = {SkillCommand.Validate.class, SkillCommand.Test.class})
public final class SkillCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /** Validates interaction models, printing every error as file:line:column: field: message. */
    @Command(name = "validate", mixinStandardHelpOptions = true, description = "Check interaction model files; errors name file, line, column and field.")
    static final class Validate implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "MODEL", description = "interaction model files (YAML or JSON)")
        List<Path> models;

        @Option(names = "--min-samples", defaultValue = "1", description = "sample utterances required per intent (built-in skills: 10)")
        int minSamples;

        @Override
        public Integer call() {
            ModelLoader loader = new ModelLoader(minSamples);
            int bad = 0;
            for (Path p : models) {
                try {
                    var m = loader.load(p);
                    System.out.printf("OK  %s  (%s %s, %d intents, %d samples)%n", p, m.id(), m.version(), m.intents().size(),
                            m.intents().stream().mapToInt(i -> i.samples().size()).sum());
                } catch (InvalidModelException e) {
                    bad++;
                    for (ModelError err : e.errors()) System.out.println(err);
                }
            }
            return bad == 0 ? 0 : 1;
        }
    }

    /** Runs {@code *.test.yaml} conversation tests found under a directory. */
    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Run the *.test.yaml conversation tests under DIR against the skills found on the classpath (SkillProvider).")
    static final class Test implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "DIR", description = "directory with *.test.yaml files")
        Path dir;

        @Option(names = {"-cp", "--classpath"}, split = ",", description = "extra jars or class folders (comma separated or repeated) holding the skill's SkillProvider")
        List<Path> classpath = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            List<URL> urls = new ArrayList<>();
            for (Path p : classpath) urls.add(p.toUri().toURL());
            SkillRuntime runtime = new SkillRuntime();
            try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), getClass().getClassLoader())) {
                for (SkillProvider provider : ServiceLoader.load(SkillProvider.class, loader)) {
                    for (Skill s : provider.skills()) runtime.register(s);
                }
                System.out.println("skills: " + runtime.skills().stream().map(Skill::id).sorted().toList());
                var understander = new TemplateUnderstander(runtime.skills().stream().map(Skill::model).toList());
                ScriptedTests tests = new ScriptedTests(runtime, understander);
                List<Path> files;
                try (Stream<Path> walk = Files.walk(dir)) {
                    files = walk.filter(p -> p.getFileName().toString().endsWith(".test.yaml")).sorted().toList();
                }
                if (files.isEmpty()) {
                    System.out.println("no *.test.yaml files under " + dir);
                    return 1;
                }
                int passed = 0, failed = 0;
                for (Path f : files) {
                    for (var r : tests.run(f)) {
                        if (r.passed()) passed++;
                        else failed++;
                        System.out.println((r.passed() ? "PASS " : "FAIL ") + dir.relativize(Path.of(r.file())) + " :: " + r.name()
                                + (r.passed() ? "" : "\n     " + r.message().replace("\n", "\n     ")));
                    }
                }
                System.out.printf("%d passed, %d failed%n", passed, failed);
                return failed == 0 ? 0 : 1;
            }
        }
    }
}
