package io.xiaobu.skills.sdk.model;

import java.util.List;
import java.util.Optional;

/**
 * A custom slot type: a closed list of canonical values, each with synonyms.
 *
 * @param name   type name, e.g. {@code setting}
 * @param values canonical values with synonyms
 */
public record CustomType(String name, List<Value> values) {

    public CustomType {
        values = List.copyOf(values);
    }

    /** A canonical value and the words that mean it. */
    public record Value(String value, List<String> synonyms) {
        public Value {
            synonyms = List.copyOf(synonyms);
        }
    }

    /** The canonical value for a word (the value itself or one of its synonyms, case-insensitive). */
    public Optional<String> canonical(String word) {
        if (word == null) return Optional.empty();
        String w = word.strip().toLowerCase(java.util.Locale.ROOT);
        for (Value v : values) {
            if (v.value().toLowerCase(java.util.Locale.ROOT).equals(w)) return Optional.of(v.value());
            for (String s : v.synonyms()) if (s.toLowerCase(java.util.Locale.ROOT).equals(w)) return Optional.of(v.value());
        }
        return Optional.empty();
    }
}
