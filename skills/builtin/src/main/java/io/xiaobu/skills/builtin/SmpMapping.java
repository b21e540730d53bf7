package io.xiaobu.skills.builtin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which built-in skill and intent answers each SMP-ECDT domain/intent ({@code /skills/smp-ecdt-mapping.tsv}),
 * so routing accuracy can be measured. Target skill {@code qa} means the graph / retrieval / chat path.
 */
public final class SmpMapping {

    /** Where an SMP label should be routed. */
    public record Target(String skill, String intent) {
        public boolean isSkill() {
            return !"qa".equals(skill);
        }
    }

    private final Map<String, Target> targets = new LinkedHashMap<>();

    private SmpMapping() {
    }

    public static SmpMapping load() {
        SmpMapping m = new SmpMapping();
        try (InputStream in = SmpMapping.class.getResourceAsStream("/skills/smp-ecdt-mapping.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                m.targets.put(f[0] + "/" + f[1], new Target(f[2], "-".equals(f[3]) ? null : f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    public Optional<Target> target(String smpDomain, String smpIntent) {
        return Optional.ofNullable(targets.get(smpDomain + "/" + smpIntent));
    }

    public Map<String, Target> all() {
        return Map.copyOf(targets);
    }
}
