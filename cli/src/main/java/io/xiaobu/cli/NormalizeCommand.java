package io.xiaobu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.xiaobu.time.Dimension;
import io.xiaobu.time.MentionJson;
import io.xiaobu.time.TimeNormalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code xiaobu normalize}: reads one text per line on stdin and writes one JSON object per line,
 * {@code {"input": ..., "mentions": [{dimension, text, start, end, value, ...}]}}.
 */
@Command(name = "normalize",
        mixinStandardHelpOptions = true,
        description = "Find Chinese times, durations, numbers and quantities in each stdin line; print JSON lines.")
public final class NormalizeCommand implements Callable<Integer> {

    @Option(names = "--reference", description = "Reference local date-time, e.g. 2013-02-12T04:30:00 (default: now).")
    String reference;

    @Option(names = "--zone", defaultValue = "Asia/Shanghai", description = "Time zone of the reference (default: ${DEFAULT-VALUE}).")
    String zone;

    @Option(names = "--dimension", split = ",",
            description = "Only these dimensions (repeatable or comma-separated): time, duration, number, ordinal, "
                    + "temperature, distance, volume, money, percentage, recurrence.")
    List<String> dimensions;

    @Override
    public Integer call() throws Exception {
        ZoneId zoneId = ZoneId.of(zone);
        ZonedDateTime ref = reference == null ? ZonedDateTime.now(zoneId) : LocalDateTime.parse(reference).atZone(zoneId);
        Set<Dimension> wanted = Dimension.ALL;
        if (dimensions != null && !dimensions.isEmpty()) {
            wanted = EnumSet.noneOf(Dimension.class);
            for (String d : dimensions) {
                Dimension dim = Dimension.fromName(d).orElse(null);
                if (dim == null) {
                    System.err.println("unknown dimension: " + d);
                    return 2;
                }
                wanted.add(dim);
            }
        }
        TimeNormalizer normalizer = new TimeNormalizer();
        ObjectMapper mapper = new ObjectMapper();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                out.println(mapper.writeValueAsString(MentionJson.line(mapper, line, normalizer.parse(line, ref, wanted))));
            }
        }
        out.flush();
        return 0;
    }
}
