package io.xiaobu.skills.sdk.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Semantic checks on a parsed model: names, versions, devices, slot types, prompts and templates. */
final class ModelValidator {

    static final Set<String> DEVICES = Set.of("phone", "watch", "speaker", "tv", "car", "tablet");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]{1,63}(\\.[a-z][a-z0-9_-]{0,63})*");
    private static final Pattern INTENT = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*");
    private static final Pattern SLOT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.-]+)?");

    private final int minSamples;

    ModelValidator(int minSamples) {
        this.minSamples = minSamples;
    }

    List<ModelError> validate(InteractionModel m, String file, Map<String, int[]> lines) {
        List<ModelError> errors = new ArrayList<>();
        Reporter r = (field, msg) -> {
            int[] pos = lookup(lines, field);
            errors.add(new ModelError(file, pos[0], pos[1], field, msg));
        };
        if (!m.id().isEmpty() && !ID.matcher(m.id()).matches()) r.error("id", "must be lower-case letters, digits, '-', '_' or '.', starting with a letter (got '" + m.id() + "')");
        if (!m.version().isEmpty() && !VERSION.matcher(m.version()).matches()) r.error("version", "must be a semantic version like 1.0.0 (got '" + m.version() + "')");
        for (int i = 0; i < m.devices().size(); i++) {
            if (!DEVICES.contains(m.devices().get(i))) r.error("devices[" + i + "]", "unknown device type '" + m.devices().get(i) + "' (known: " + String.join(", ", new java.util.TreeSet<>(DEVICES)) + ")");
        }
        Set<String> typeNames = new HashSet<>();
        for (int i = 0; i < m.types().size(); i++) {
            CustomType t = m.types().get(i);
            String p = "types[" + i + "]";
            if (t.name() == null) continue;
            if (!typeNames.add(t.name())) r.error(p + ".name", "duplicate type '" + t.name() + "'");
            if (t.name().startsWith("sys.") || t.name().startsWith("kg.")) r.error(p + ".name", "custom type names may not start with sys. or kg.");
            if (t.values().isEmpty()) r.error(p + ".values", "needs at least one value");
        }
        for (var rule : m.rules().entrySet()) checkTemplate(rule.getValue(), "rules." + rule.getKey(), Set.of(), m, r, false);
        if (m.intents().isEmpty()) r.error("intents", "needs at least one intent");
        Set<String> intentNames = new HashSet<>();
        for (int i = 0; i < m.intents().size(); i++) {
            IntentModel intent = m.intents().get(i);
            String p = "intents[" + i + "]";
            if (intent.name() != null) {
                if (!INTENT.matcher(intent.name()).matches()) r.error(p + ".name", "bad intent name '" + intent.name() + "'");
                if (!intentNames.add(intent.name())) r.error(p + ".name", "duplicate intent '" + intent.name() + "'");
            }
            Set<String> slotNames = new HashSet<>();
            for (int j = 0; j < intent.slots().size(); j++) {
                SlotModel s = intent.slots().get(j);
                String sp = p + ".slots[" + j + "]";
                if (s.name() != null && !SLOT.matcher(s.name()).matches()) r.error(sp + ".name", "bad slot name '" + s.name() + "'");
                if (s.name() != null && !slotNames.add(s.name())) r.error(sp + ".name", "duplicate slot '" + s.name() + "'");
                if (s.type() != null && !SlotTypes.isKnown(s.type(), m.types())) {
                    r.error(sp + ".type", "unknown slot type '" + s.type() + "' (use sys.*, kg.<Label> or a type declared under types)");
                }
                if (s.required() && s.prompts().isEmpty()) r.error(sp + ".prompts", "a required slot needs at least one prompt");
            }
            if (intent.samples().size() < minSamples) {
                r.error(p + ".samples", "needs at least " + minSamples + " sample utterances (has " + intent.samples().size() + ")");
            }
            for (int j = 0; j < intent.samples().size(); j++) {
                checkTemplate(intent.samples().get(j), p + ".samples[" + j + "]", slotNames, m, r, true);
            }
            if (intent.confirmation() != null && intent.confirmation().isBlank()) r.error(p + ".confirmation", "must not be blank");
            if (intent.title() != null && (intent.title().isBlank() || intent.title().length() > 20)) {
                r.error(p + ".title", "must be a short name of 1 to 20 characters");
            }
        }
        return errors;
    }

    private static void checkTemplate(String source, String field, Set<String> slots, InteractionModel m, Reporter r, boolean checkSlots) {
        try {
            Template t = Template.parse(source);
            if (checkSlots) {
                for (String s : t.slotNames()) if (!slots.contains(s)) r.error(field, "template refers to undeclared slot {" + s + "}");
            }
            for (String rule : t.ruleNames()) if (!m.rules().containsKey(rule)) r.error(field, "template refers to undeclared rule <" + rule + ">");
        } catch (Template.TemplateSyntaxException e) {
            r.error(field, "template syntax: " + e.getMessage() + " in \"" + source + "\"");
        }
    }

    /** The line of a field, or of its nearest ancestor that was seen in the file. */
    private static int[] lookup(Map<String, int[]> lines, String field) {
        String f = field;
        while (true) {
            int[] pos = lines.get(f);
            if (pos != null) return pos;
            int cut = Math.max(f.lastIndexOf('.'), f.lastIndexOf('['));
            if (cut <= 0) return lines.getOrDefault("", new int[]{0, 0});
            f = f.substring(0, cut);
        }
    }

    @FunctionalInterface
    private interface Reporter {
        void error(String field, String message);
    }
}
