package io.xiaobu.kg.model;

import java.util.List;
import java.util.Map;

/**
 * One node of the graph as the project writes it.
 *
 * @param id         stable id, {@code <type>:<key>} (see {@link #idOf})
 * @param name       canonical name
 * @param type       entity type
 * @param aliases    other surface forms (short names, ASR errors seen in training data, English names)
 * @param popularity prior in [0, 1]; higher is more likely when a mention is ambiguous
 * @param props      extra scalar properties (package name, rating, adcode …)
 */
public record Entity(String id, String name, EntityType type, List<String> aliases, double popularity,
                     Map<String, Object> props) {

    public Entity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        props = props == null ? Map.of() : Map.copyOf(props);
    }

    public static Entity of(EntityType type, String name, double popularity) {
        return new Entity(idOf(type, name), name, type, List.of(), popularity, Map.of());
    }

    /** The id the project gives an entity of this type and key (names are keys unless the source has codes). */
    public static String idOf(EntityType type, String key) {
        return type.name().toLowerCase(java.util.Locale.ROOT) + ":" + key.trim();
    }

    public Entity withAliases(List<String> more) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(aliases);
        all.addAll(more);
        all.remove(name);
        return new Entity(id, name, type, List.copyOf(all), popularity, props);
    }

    public Entity withProps(Map<String, Object> more) {
        java.util.HashMap<String, Object> all = new java.util.HashMap<>(props);
        all.putAll(more);
        return new Entity(id, name, type, aliases, popularity, all);
    }
}
