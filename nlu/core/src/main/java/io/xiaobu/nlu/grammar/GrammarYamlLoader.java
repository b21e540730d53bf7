package io.xiaobu.nlu.grammar;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a grammar from YAML:
 * <pre>
 * name: builtin/system          # optional, defaults to the file name
 * domain: system                # default domain of the intents
 * rules:
 *   please: "[请|帮我|麻烦你]"
 * slots:
 *   app:
 *     type: list                # list | wildcard | recognizer
 *     values:
 *       - value: 微信
 *         normalized: com.tencent.mm
 *         synonyms: [威信, weixin, wechat]
 *       - 支付宝                 # a bare value: no synonyms, normalized = value
 *   song: { type: wildcard, min: 1, max: 20, examples: [晴天] }
 *   level: { type: recognizer, recognizer: sys.integer }
 * intents:
 *   app.open:
 *     domain: app               # optional, overrides the default
 *     templates:
 *       - "&lt;please&gt;(打开|启动){app}[一下]"
 *   app.close: ["关闭{app}"]     # a bare list of templates
 * </pre>
 * Built-in grammars live under {@code grammars/} on the class path and are listed in {@code grammars/index.txt}.
 */
public final class GrammarYamlLoader {

    private GrammarYamlLoader() {
    }

    /** Every built-in grammar listed in {@code grammars/index.txt}. */
    public static List<Grammar> builtIn() {
        List<Grammar> out = new ArrayList<>();
        for (String line : resource("grammars/index.txt").split("\n")) {
            String file = line.strip();
            if (file.isEmpty() || file.startsWith("#")) continue;
            String name = "builtin/" + file.replaceFirst("\\.ya?ml$", "");
            out.add(parse(resource("grammars/" + file), name));
        }
        return out;
    }

    /** Parses YAML text; {@code defaultName} is used when the document has no {@code name}. */
    public static Grammar parse(String yaml, String defaultName) {
        return parse(new StringReader(yaml), defaultName);
    }

    public static Grammar parse(Reader yaml, String defaultName) {
        Object doc;
        try {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw new GrammarException("grammar '" + defaultName + "': not valid YAML: " + e.getMessage());
        }
        Map<String, Object> root = map(doc, "grammar '" + defaultName + "'");
        String name = string(root.getOrDefault("name", defaultName));
        String where = "grammar '" + name + "'";
        String defaultDomain = string(root.get("domain"));
        Map<String, String> rules = new LinkedHashMap<>();
        map(root.getOrDefault("rules", Map.of()), where + " rules").forEach((k, v) -> rules.put(k, string(v)));
        Map<String, SlotSpec> slots = new LinkedHashMap<>();
        map(root.getOrDefault("slots", Map.of()), where + " slots").forEach((k, v) -> slots.put(k, slot(v, where + " slot '" + k + "'")));
        List<IntentGrammar> intents = new ArrayList<>();
        map(root.getOrDefault("intents", Map.of()), where + " intents").forEach((intent, v) -> {
            String at = where + " intent '" + intent + "'";
            String domain = defaultDomain;
            Object templates = v;
            if (v instanceof Map<?, ?>) {
                Map<String, Object> m = map(v, at);
                if (m.get("domain") != null) domain = string(m.get("domain"));
                templates = m.get("templates");
            }
            if (domain == null) throw new GrammarException(at + ": no domain (set 'domain' on the grammar or the intent)");
            intents.add(new IntentGrammar(domain, intent, strings(templates, at + " templates")));
        });
        return new Grammar(name, intents, slots, rules);
    }

    private static SlotSpec slot(Object v, String where) {
        Map<String, Object> m = map(v, where);
        String type = string(m.get("type"));
        if (type == null) throw new GrammarException(where + ": no 'type' (list, wildcard or recognizer)");
        return switch (type) {
            case "list" -> {
                List<ListValue> values = new ArrayList<>();
                Object raw = m.get("values");
                if (!(raw instanceof List<?> list)) throw new GrammarException(where + ": 'values' must be a list");
                for (Object item : list) {
                    if (item instanceof Map<?, ?>) {
                        Map<String, Object> vm = map(item, where + " value");
                        values.add(new ListValue(string(vm.get("value")), string(vm.get("normalized")),
                                strings(vm.getOrDefault("synonyms", List.of()), where + " synonyms")));
                    } else {
                        values.add(ListValue.of(string(item)));
                    }
                }
                yield new SlotSpec.ListSlot(values);
            }
            case "wildcard" -> new SlotSpec.WildcardSlot(integer(m.getOrDefault("min", 1), where + " min"),
                    integer(m.getOrDefault("max", 20), where + " max"), strings(m.getOrDefault("examples", List.of()), where + " examples"));
            case "recognizer" -> new SlotSpec.RecognizerSlot(string(m.get("recognizer")));
            default -> throw new GrammarException(where + ": unknown type '" + type + "' (list, wildcard or recognizer)");
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String where) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<Object, Object>) m).forEach((k, v) -> out.put(String.valueOf(k), v));
            return out;
        }
        throw new GrammarException(where + ": expected a mapping, found " + (o == null ? "nothing" : o.getClass().getSimpleName()));
    }

    private static List<String> strings(Object o, String where) {
        if (!(o instanceof List<?> list)) throw new GrammarException(where + ": expected a list");
        List<String> out = new ArrayList<>();
        for (Object item : list) out.add(string(item));
        return out;
    }

    private static String string(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private static int integer(Object o, String where) {
        if (o instanceof Number n) return n.intValue();
        throw new GrammarException(where + ": expected a number, found '" + o + "'");
    }

    private static String resource(String path) {
        try (InputStream in = GrammarYamlLoader.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new GrammarException("built-in grammar resource missing: " + path);
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                StringBuilder b = new StringBuilder();
                char[] buf = new char[8192];
                for (int k; (k = r.read(buf)) > 0; ) b.append(buf, 0, k);
                return b.toString();
            }
        } catch (IOException e) {
            throw new GrammarException("cannot read built-in grammar resource " + path + ": " + e.getMessage());
        }
    }
}
