package io.xiaobu.cli;

import io.xiaobu.dialog.Assistant;
import io.xiaobu.dialog.api.DeviceType;
import io.xiaobu.dialog.api.InvalidRequestException;
import io.xiaobu.dialog.api.TurnRequest;
import io.xiaobu.dialog.api.TurnResponse;
import io.xiaobu.dialog.assembly.AssistantFactory;
import io.xiaobu.dialog.assembly.AssistantSettings;
import io.xiaobu.events.TurnRecorderListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

/** Type utterances, see the reply and what was understood — the same assistant the service runs. */
@Command(name = "shell", mixinStandardHelpOptions = true,
        description = "Talk to the assistant in the terminal: one utterance per line, /new starts a new session, Ctrl-D to quit.")
public final class ShellCommand implements Callable<Integer> {

    /** What a current phone can do (the skills check each setting against the device). */
    private static final List<String> PHONE_CAPABILITIES = List.of("screen", "wifi", "bluetooth", "dnd", "flashlight",
            "hotspot", "airplane_mode", "mobile_data", "nfc", "location", "dark_mode", "eye_comfort", "power_saving",
            "mute", "auto_rotate", "volume", "brightness", "screenshot", "phone.call", "sms");

    @Option(names = "--device", description = "Device type: phone, watch, tv, car, speaker. Default: ${DEFAULT-VALUE}")
    String device = "phone";

    @Option(names = "--user", description = "User id. Default: ${DEFAULT-VALUE}")
    String user = "shell-user";

    @Option(names = "--trace", description = "Show every stage with its latency and note.")
    boolean trace;

    @Option(names = "--graph", description = "embedded (start Neo4j on 127.0.0.1), off. Default: ${DEFAULT-VALUE}")
    String graph = "embedded";

    @Option(names = "--work", description = "Work directory. Default: ${DEFAULT-VALUE}")
    Path work = Path.of("var");

    @Override
    public Integer call() throws Exception {
        AssistantSettings defaults = AssistantSettings.defaults(Path.of("").toAbsolutePath());
        AssistantSettings settings = defaults.withWorkDir(work.toAbsolutePath())
                .withGraph(new AssistantSettings.Graph(graph, null, "neo4j", null, defaults.graph().serverLib(), defaults.graph().databaseDir()));
        DeviceType type = DeviceType.fromWire(device);
        String session = UUID.randomUUID().toString();
        try (Assistant assistant = new AssistantFactory(settings, System.err).assemble(TurnRecorderListener.NONE).build()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            System.out.println("小布已就绪。输入一句话（/new 开始新的对话，Ctrl-D 退出）。");
            for (String line; prompt() && (line = in.readLine()) != null; ) {
                if (line.isBlank()) continue;
                if (line.strip().equals("/new")) {
                    session = UUID.randomUUID().toString();
                    System.out.println("  （新的对话）");
                    continue;
                }
                TurnRequest request = new TurnRequest(UUID.randomUUID().toString(), user, "shell", session,
                        Instant.now().toString(), null, new TurnRequest.Device(type, "zh-CN", PHONE_CAPABILITIES),
                        new TurnRequest.Asr(line, null, null, null, null, null), Map.of());
                try {
                    print(assistant.turns().handle(request, true));
                } catch (InvalidRequestException e) {
                    System.out.println("  ! " + e.getMessage());
                }
            }
        }
        return 0;
    }

    private static boolean prompt() {
        System.out.print("> ");
        System.out.flush();
        return true;
    }

    private void print(TurnResponse r) {
        String said = r.reply() == null ? "（不回应）" : r.reply().tts();
        System.out.println("  小布: " + said);
        System.out.printf("  [%s] %s%s  confidence %.2f%n", r.outcome().wireName(),
                r.skill() == null ? "-" : r.skill(), r.intent() == null ? "" : " / " + r.intent(), r.confidence());
        for (TurnResponse.SlotValue s : r.slots()) {
            System.out.printf("    slot %s = %s%s [%d,%d)%s%n", s.name(), s.value(),
                    s.normalized() == null ? "" : " → " + s.normalized(), s.start(), s.end(),
                    s.entityId() == null ? "" : " entity " + s.entityId());
        }
        for (TurnResponse.Directive d : r.directives()) System.out.println("    directive " + d.type() + " " + d.payload());
        if (trace && r.trace() != null) {
            for (TurnResponse.StageTiming t : r.trace().stages()) {
                System.out.printf("    %-13s %6d µs  %s%n", t.name(), t.micros(), t.note());
            }
            System.out.println("    decision: " + r.trace().decision());
        }
    }
}
