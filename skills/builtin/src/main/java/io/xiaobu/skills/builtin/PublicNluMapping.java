package io.xiaobu.skills.builtin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which product skill intent and slot each public NLU label stands for ({@code /skills/public-nlu-mapping.tsv},
 * plus the SMP-ECDT intents of {@link SmpMapping} under source {@code smp} with label {@code domain.INTENT}).
 * Used to train the product model on public data; a label without a row is not used.
 */
public final class PublicNluMapping {

    /** Skill {@code chat}: chit-chat; skill {@code qa}: an open question for the graph / retrieval. */
    public record Target(String skill, String intent) {
    }

    /** One slot row: under {@code source}'s {@code label}, {@code sourceSlot} is the product's {@code productSlot}. */
    public record SlotRow(String source, String label, String sourceSlot, String productSlot) {
    }

    private final Map<String, Target> intents = new HashMap<>();
    private final Map<String, String> slots = new HashMap<>();
    private final java.util.List<SlotRow> slotRows = new java.util.ArrayList<>();

    private PublicNluMapping() {
    }

    public static PublicNluMapping load() {
        PublicNluMapping m = new PublicNluMapping();
        SmpMapping.load().all().forEach((key, t) -> {
            int slash = key.indexOf('/');
            m.intents.put(key("smp", key.substring(0, slash) + "." + key.substring(slash + 1)),
                    new Target(t.skill(), t.isSkill() ? t.intent() : "qa"));
        });
        try (InputStream in = PublicNluMapping.class.getResourceAsStream("/skills/public-nlu-mapping.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 5) throw new IllegalStateException("public-nlu-mapping.tsv: 5 fields expected: " + line);
                if (f[0].equals("intent")) m.intents.put(key(f[1], f[2]), new Target(f[3], f[4]));
                else if (f[0].equals("slot")) {
                    m.slots.put(key(f[1], f[2], f[3]), f[4]);
                    m.slotRows.add(new SlotRow(f[1], f[2], f[3], f[4]));
                }
                else throw new IllegalStateException("public-nlu-mapping.tsv: unknown row kind " + f[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    /** The product intent of a source label ({@code cais} {@code PlayMusic} → media / music.play), if it has one. */
    public Optional<Target> intent(String source, String label) {
        return Optional.ofNullable(intents.get(key(source, label)));
    }

    /** The product slot name of a source slot under a source label, if the product has that slot. */
    public Optional<String> slot(String source, String label, String sourceSlot) {
        return Optional.ofNullable(slots.get(key(source, label, sourceSlot)));
    }

    /** Every slot row, in file order. */
    public java.util.List<SlotRow> slotRows() {
        return java.util.List.copyOf(slotRows);
    }

    private static String key(String... parts) {
        return String.join("\u0000", parts);
    }
}
