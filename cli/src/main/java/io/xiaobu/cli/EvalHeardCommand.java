package io.xiaobu.cli;

import io.xiaobu.dialog.Assistant;
import io.xiaobu.dialog.api.DeviceType;
import io.xiaobu.dialog.api.TurnRequest;
import io.xiaobu.dialog.api.TurnResponse;
import io.xiaobu.dialog.assembly.AssistantFactory;
import io.xiaobu.dialog.assembly.AssistantSettings;
import io.xiaobu.events.TurnRecorderListener;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Commands as they were meant and as a speech recogniser misheard them (the same sounds, other characters),
 * each through the whole assistant: how often the intent, and the intent with its slot's value, come out
 * right in each column. The drop from the first column to the second is what misheard words cost.
 */
@Command(name = "heard", mixinStandardHelpOptions = true,
        description = "Route commands as meant and as misheard (same sounds, other characters) through the assistant; report intent "
                + "and intent+value accuracy for both.")
public final class EvalHeardCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", defaultValue = "data/nlu/robustness/asr-homophones.tsv",
            description = "TSV: meant <tab> misheard <tab> intent <tab> slot <tab> value; # comments. Default: ${DEFAULT-VALUE}")
    Path data;

    @Option(names = "--graph", description = "embedded (the service's database, data/neo4j) or off. Default: ${DEFAULT-VALUE}")
    String graph = "embedded";

    @Option(names = "--errors", defaultValue = "20", description = "print this many wrong turns per column")
    int errors;

    /** One authored command: what was meant, what the recogniser wrote, and what the assistant should make of both. */
    record Heard(String meant, String misheard, String intent, String slot, String value) {
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(data)) throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + data);
        List<Heard> rows = new ArrayList<>();
        for (String line : Files.readAllLines(data, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length != 5) {
                throw new CommandLine.ParameterException(spec.commandLine(), "expected 5 tab-separated columns, got " + f.length + ": " + line);
            }
            rows.add(new Heard(f[0], f[1], f[2], f[3], f[4]));
        }
        AssistantSettings defaults = AssistantSettings.defaults(Path.of("").toAbsolutePath());
        AssistantSettings settings = defaults.withWorkDir(Files.createTempDirectory("xiaobu-eval-heard"))
                .withGraph(new AssistantSettings.Graph(graph, null, "neo4j", null, defaults.graph().serverLib(), defaults.graph().databaseDir()));
        try (Assistant assistant = new AssistantFactory(settings, new PrintStream(System.err)).assemble(TurnRecorderListener.NONE).build()) {
            System.out.printf("%d commands of %s%n", rows.size(), data);
            score(assistant, rows, true);
            score(assistant, rows, false);
        }
        return 0;
    }

    private void score(Assistant assistant, List<Heard> rows, boolean meant) {
        int intentRight = 0, valueRight = 0, shown = 0;
        for (int i = 0; i < rows.size(); i++) {
            Heard h = rows.get(i);
            String text = meant ? h.meant() : h.misheard();
            String id = (meant ? "meant-" : "misheard-") + i;
            TurnResponse r = assistant.turns().handle(new TurnRequest(id, id + "-user", "eval", null,
                    "2026-11-21T08:30:00+08:00", "Asia/Shanghai",
                    new TurnRequest.Device(DeviceType.PHONE, "zh-CN", List.of("screen", "wifi", "bluetooth", "flashlight")),
                    new TurnRequest.Asr(text, 0.95, null, null, null, null), Map.of()), true);
            String value = r.slots().stream().filter(s -> s.name().equals(h.slot())).map(TurnResponse.SlotValue::normalized).findFirst().orElse(null);
            boolean intent = h.intent().equals(r.intent());
            boolean both = intent && h.value().equals(value);
            if (intent) intentRight++;
            if (both) valueRight++;
            if (!both && shown++ < errors) {
                System.out.printf("  %s: %s → %s %s=%s | %s%n", meant ? "meant" : "misheard", text, r.intent(), h.slot(), value,
                        r.reply() == null ? r.outcome().wireName() : r.reply().text());
            }
        }
        System.out.printf("%-9s intent %d/%d (%.3f)   intent and %s value %d/%d (%.3f)%n", meant ? "meant" : "misheard",
                intentRight, rows.size(), (double) intentRight / rows.size(), "slot", valueRight, rows.size(), (double) valueRight / rows.size());
    }
}
