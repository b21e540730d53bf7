package io.xiaobu.skills.sdk.model;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an interaction model from YAML (JSON is valid YAML too) and validates it, reporting every
 * problem with file, line, column and field path. The schema it accepts is committed as
 * {@code interaction-model.schema.json} beside this class.
 */
public final class ModelLoader {

    /** Minimum samples per intent demanded of built-in skills. */
    public static final int BUILTIN_MIN_SAMPLES = 10;
    /** Longest YAML document accepted (characters). */
    private static final int MAX_CHARS = 2_000_000;

    private final ModelValidator validator;

    /** @param minSamplesPerIntent how many sample templates each intent needs (built-ins: 10) */
    public ModelLoader(int minSamplesPerIntent) {
        this.validator = new ModelValidator(minSamplesPerIntent);
    }

    public ModelLoader() {
        this(1);
    }

    public InteractionModel load(Path file) throws InvalidModelException {
        try {
            return load(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new InvalidModelException(List.of(new ModelError(file.toString(), 0, 0, "", "cannot read: " + e.getMessage())));
        }
    }

    public InteractionModel load(InputStream in, String name) throws InvalidModelException {
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            for (int n; (n = r.read(buf)) > 0; ) {
                sb.append(buf, 0, n);
                if (sb.length() > MAX_CHARS) break;
            }
            return load(sb.toString(), name);
        } catch (IOException e) {
            throw new InvalidModelException(List.of(new ModelError(name, 0, 0, "", "cannot read: " + e.getMessage())));
        }
    }

    /** Parses and validates; throws with all errors when the model is not valid. */
    public synchronized InteractionModel load(String yaml, String name) throws InvalidModelException {
        List<ModelError> errors = new ArrayList<>();
        InteractionModel model = parse(yaml, name, errors);
        if (model != null) errors.addAll(validator.validate(model, name, lines));
        if (!errors.isEmpty()) throw new InvalidModelException(errors);
        return model;
    }

    /** Validates without throwing: an empty list means the model is valid. */
    public List<ModelError> check(String yaml, String name) {
        try {
            load(yaml, name);
            return List.of();
        } catch (InvalidModelException e) {
            return e.errors();
        }
    }

    // Line numbers of fields, keyed by path, for the validator's semantic errors.
    private Map<String, int[]> lines = new LinkedHashMap<>();

    private InteractionModel parse(String yaml, String file, List<ModelError> errors) {
        lines = new LinkedHashMap<>();
        if (yaml == null || yaml.isBlank()) {
            errors.add(new ModelError(file, 1, 1, "", "empty document"));
            return null;
        }
        if (yaml.length() > MAX_CHARS) {
            errors.add(new ModelError(file, 0, 0, "", "document longer than " + MAX_CHARS + " characters"));
            return null;
        }
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true); // duplicates are reported below with their line
            options.setMaxAliasesForCollections(20);
            root = new Yaml(options).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            var m = e.getProblemMark();
            errors.add(new ModelError(file, m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1, "", "YAML syntax: " + e.getProblem()));
            return null;
        } catch (YAMLException e) {
            errors.add(new ModelError(file, 0, 0, "", "YAML: " + e.getMessage()));
            return null;
        }
        Fields top = new Fields(root, "", file, errors);
        if (!top.ok) return null;
        top.allow("id", "version", "description", "devices", "intents", "types", "rules");
        String id = top.string("id", true);
        String version = top.string("version", true);
        String description = top.string("description", false);
        List<String> devices = top.strings("devices");
        List<IntentModel> intents = new ArrayList<>();
        List<Node> intentNodes = top.list("intents", true);
        for (int i = 0; i < intentNodes.size(); i++) {
            Fields f = new Fields(intentNodes.get(i), "intents[" + i + "]", file, errors);
            if (!f.ok) continue;
            f.allow("name", "title", "samples", "slots", "confirmation");
            List<SlotModel> slots = new ArrayList<>();
            List<Node> slotNodes = f.list("slots", false);
            for (int j = 0; j < slotNodes.size(); j++) {
                Fields s = new Fields(slotNodes.get(j), f.path + ".slots[" + j + "]", file, errors);
                if (!s.ok) continue;
                s.allow("name", "type", "required", "prompts", "examples");
                slots.add(new SlotModel(s.string("name", true), s.string("type", true), s.bool("required"),
                        s.strings("prompts"), s.strings("examples")));
            }
            intents.add(new IntentModel(f.string("name", true), f.strings("samples"), slots, f.string("confirmation", false),
                    f.string("title", false)));
        }
        List<CustomType> types = new ArrayList<>();
        List<Node> typeNodes = top.list("types", false);
        for (int i = 0; i < typeNodes.size(); i++) {
            Fields t = new Fields(typeNodes.get(i), "types[" + i + "]", file, errors);
            if (!t.ok) continue;
            t.allow("name", "values");
            List<CustomType.Value> values = new ArrayList<>();
            List<Node> valueNodes = t.list("values", true);
            for (int j = 0; j < valueNodes.size(); j++) {
                Node vn = valueNodes.get(j);
                if (vn instanceof ScalarNode sc) {
                    values.add(new CustomType.Value(sc.getValue(), List.of()));
                    continue;
                }
                Fields v = new Fields(vn, t.path + ".values[" + j + "]", file, errors);
                if (!v.ok) continue;
                v.allow("value", "synonyms");
                values.add(new CustomType.Value(v.string("value", true), v.strings("synonyms")));
            }
            types.add(new CustomType(t.string("name", true), values));
        }
        Map<String, String> rules = new LinkedHashMap<>();
        Node rulesNode = top.node("rules");
        if (rulesNode instanceof MappingNode m) {
            for (NodeTuple tuple : m.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
                if (tuple.getValueNode() instanceof ScalarNode v) {
                    rules.put(key, v.getValue());
                    lines.put("rules." + key, mark(v));
                } else {
                    errors.add(at(file, tuple.getValueNode(), "rules." + key, "must be a template string"));
                }
            }
        } else if (rulesNode != null) {
            errors.add(at(file, rulesNode, "rules", "must be a mapping of rule name to template"));
        }
        return new InteractionModel(nz(id), nz(version), nz(description), devices, intents, types, rules);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static int[] mark(Node n) {
        return new int[]{n.getStartMark().getLine() + 1, n.getStartMark().getColumn() + 1};
    }

    static ModelError at(String file, Node n, String field, String message) {
        int[] m = mark(n);
        return new ModelError(file, m[0], m[1], field, message);
    }

    /** Typed access to one mapping node that records errors and the line of every field. */
    private final class Fields {
        final String path;
        final String file;
        final List<ModelError> errors;
        final Map<String, Node> values = new LinkedHashMap<>();
        final Node node;
        final boolean ok;

        Fields(Node node, String path, String file, List<ModelError> errors) {
            this.node = node;
            this.path = path;
            this.file = file;
            this.errors = errors;
            if (!(node instanceof MappingNode m)) {
                errors.add(at(file, node, path.isEmpty() ? "(root)" : path, "must be a mapping"));
                ok = false;
                return;
            }
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) {
                    errors.add(at(file, t.getKeyNode(), path, "keys must be plain strings"));
                    continue;
                }
                if (values.containsKey(k.getValue())) errors.add(at(file, k, field(k.getValue()), "duplicate key"));
                values.put(k.getValue(), t.getValueNode());
                lines.put(field(k.getValue()), mark(t.getValueNode()));
            }
            lines.put(path, mark(node));
            ok = true;
        }

        String field(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        void allow(String... keys) {
            Set<String> allowed = Set.of(keys);
            for (var e : values.entrySet()) {
                if (!allowed.contains(e.getKey())) {
                    errors.add(at(file, e.getValue(), field(e.getKey()), "unknown field (allowed: " + String.join(", ", keys) + ")"));
                }
            }
        }

        Node node(String key) {
            return values.get(key);
        }

        String string(String key, boolean required) {
            Node n = values.get(key);
            if (n == null) {
                if (required) errors.add(at(file, node, field(key), "is required"));
                return null;
            }
            if (n instanceof ScalarNode s) return s.getValue();
            errors.add(at(file, n, field(key), "must be a string"));
            return null;
        }

        boolean bool(String key) {
            String s = string(key, false);
            if (s == null) return false;
            if (s.equals("true") || s.equals("false")) return Boolean.parseBoolean(s);
            errors.add(at(file, values.get(key), field(key), "must be true or false"));
            return false;
        }

        List<String> strings(String key) {
            Node n = values.get(key);
            if (n == null) return List.of();
            if (!(n instanceof SequenceNode seq)) {
                errors.add(at(file, n, field(key), "must be a list of strings"));
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < seq.getValue().size(); i++) {
                Node item = seq.getValue().get(i);
                lines.put(field(key) + "[" + i + "]", mark(item));
                if (item instanceof ScalarNode s) out.add(s.getValue());
                else errors.add(at(file, item, field(key) + "[" + i + "]", "must be a string"));
            }
            return out;
        }

        List<Node> list(String key, boolean required) {
            Node n = values.get(key);
            if (n == null) {
                if (required) errors.add(at(file, node, field(key), "is required"));
                return List.of();
            }
            if (n instanceof SequenceNode seq) return seq.getValue();
            errors.add(at(file, n, field(key), "must be a list"));
            return List.of();
        }
    }
}
