package io.xiaobu.kg.imports;

import io.xiaobu.kg.model.Entity;
import io.xiaobu.kg.model.EntityType;
import io.xiaobu.kg.model.Relation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The small graph the project ships (resources {@code io/xiaobu/kg/starter/*.tsv}): well-known songs,
 * singers, films, TV, poems, places and 50+ apps, so the service works on a fresh machine without
 * {@code ../shared}. Places are keyed by administrative code, like the division importer's.
 */
public record StarterGraph(List<Entity> entities, List<Relation> relations) {

    private static final String BASE = "/io/xiaobu/kg/starter/";
    private static final Set<String> NUMERIC_PROPS = Set.of("rating", "year");

    /** Reads the starter graph from the classpath. */
    public static StarterGraph load() {
        Map<String, Entity> byTypeAndName = new LinkedHashMap<>();
        for (String[] cols : rows("entities.tsv")) {
            EntityType type = EntityType.valueOf(cols[0]);
            String name = cols[1];
            List<String> aliases = cols.length > 2 && !cols[2].isBlank() ? Arrays.asList(cols[2].split("\\|")) : List.of();
            double popularity = cols.length > 3 && !cols[3].isBlank() ? Double.parseDouble(cols[3]) : 0.5;
            Map<String, Object> props = cols.length > 4 ? props(cols[4]) : Map.of();
            String key = type == EntityType.PLACE && props.containsKey("adcode") ? (String) props.get("adcode") : name;
            byTypeAndName.put(type + ":" + name, new Entity(Entity.idOf(type, key), name, type, aliases, popularity, props));
        }
        List<Relation> relations = new ArrayList<>();
        for (String[] cols : rows("relations.tsv")) {
            Entity from = byTypeAndName.get(cols[0]);
            Entity to = byTypeAndName.get(cols[2]);
            if (from == null || to == null) {
                throw new IllegalStateException("starter relation names an unknown entity: " + String.join(" ", cols));
            }
            relations.add(new Relation(from.id(), cols[1], to.id()));
        }
        return new StarterGraph(List.copyOf(byTypeAndName.values()), relations);
    }

    private static Map<String, Object> props(String text) {
        Map<String, Object> out = new HashMap<>();
        for (String kv : text.split(";")) {
            int eq = kv.indexOf('=');
            if (eq <= 0) continue;
            String k = kv.substring(0, eq).trim();
            String v = kv.substring(eq + 1).trim();
            out.put(k, NUMERIC_PROPS.contains(k) ? (Object) Double.parseDouble(v) : v);
        }
        return out;
    }

    private static List<String[]> rows(String file) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = StarterGraph.class.getResourceAsStream(BASE + file)) {
            if (in == null) throw new IllegalStateException("missing resource " + BASE + file);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
