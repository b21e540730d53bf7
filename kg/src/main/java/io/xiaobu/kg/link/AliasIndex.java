package io.xiaobu.kg.link;

import io.xiaobu.kg.model.EntityType;
import io.xiaobu.kg.store.GraphReader.AliasRow;
import io.xiaobu.kg.text.MatchFold;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The in-memory alias index the linker reads: entity table, surface automaton (Lucene FST) and pinyin
 * keys (toneless, fuzzy, and "all syllables but one") and a syllable-bigram index for ASR-tolerant matching. Immutable once built,
 * so it keeps serving while Neo4j is down.
 */
public final class AliasIndex {

    final String[] ids;
    final String[] names;
    final EntityType[] types;
    final float[] popularity;
    /** Distinct normalised aliases in sorted order; the automaton's outputs index this list. */
    final List<String> aliases;
    /** Per alias: entity ordinals, each {@code ordinal << 1 | (isCanonicalName ? 1 : 0)}. */
    final int[][] postings;
    final SurfaceAutomaton automaton;
    final PinyinKeys pinyin;
    /** Null when the approximate search is switched off. */
    final ApproximateMatcher approximate;
    final int maxAliasLength;

    private AliasIndex(Builder b) {
        int n = b.ids.size();
        ids = b.ids.toArray(String[]::new);
        names = b.names.toArray(String[]::new);
        types = b.types.toArray(EntityType[]::new);
        popularity = new float[n];
        for (int i = 0; i < n; i++) popularity[i] = b.popularity.get(i);
        aliases = new ArrayList<>(b.surface.keySet());
        postings = new int[aliases.size()][];
        int k = 0;
        int longest = 0;
        for (List<Integer> p : b.surface.values()) {
            postings[k] = p.stream().mapToInt(Integer::intValue).toArray();
            longest = Math.max(longest, aliases.get(k).length());
            k++;
        }
        maxAliasLength = longest;
        automaton = new SurfaceAutomaton(aliases);
        pinyin = PinyinKeys.build(aliases, postings, types, b.config);
        approximate = b.config.approximate().enabled() ? new ApproximateMatcher(aliases, postings, types, b.config) : null;
    }

    public int entityCount() {
        return ids.length;
    }

    public int aliasCount() {
        return aliases.size();
    }

    /** Aliases in the approximate (edit distance) search, 0 when it is off. */
    public int approximateAliasCount() {
        return approximate == null ? 0 : approximate.indexedAliases();
    }

    /** Approximate heap used by the automaton (the biggest structure). */
    public long automatonBytes() {
        return automaton.ramBytesUsed();
    }

    public static Builder builder(LinkerConfig config) {
        return new Builder(config);
    }

    /** Collects entities (from the graph stream or the starter graph), then builds the index once. */
    public static final class Builder {
        private final LinkerConfig config;
        private final List<String> ids = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private final List<EntityType> types = new ArrayList<>();
        private final List<Float> popularity = new ArrayList<>();
        private final Map<String, Integer> ordinalById = new HashMap<>();
        private final TreeMap<String, List<Integer>> surface = new TreeMap<>();

        private Builder(LinkerConfig config) {
            this.config = config;
        }

        public Builder add(AliasRow row) {
            if (row.id() == null || row.name() == null || ordinalById.containsKey(row.id())) return this;
            int ord = ids.size();
            ordinalById.put(row.id(), ord);
            ids.add(row.id());
            names.add(row.name());
            types.add(row.type());
            popularity.add((float) Math.max(0, Math.min(1, row.popularity())));
            addSurface(row.name(), ord, true);
            for (String a : row.aliases()) addSurface(a, ord, false);
            return this;
        }

        /** Adds an entity written by the project (starter graph) without a database round trip. */
        public Builder add(io.xiaobu.kg.model.Entity e) {
            return add(new AliasRow(e.id(), e.name(), e.type(), e.aliases(), e.popularity()));
        }

        private void addSurface(String text, int ord, boolean isName) {
            if (text == null) return;
            String norm = MatchFold.normalize(text.trim());
            if (norm.length() < config.minAliasLength() || norm.length() > config.maxAliasLength()) return;
            if (norm.codePoints().noneMatch(Character::isLetterOrDigit)) return;
            List<Integer> p = surface.computeIfAbsent(norm, k -> new ArrayList<>(1));
            int code = ord << 1 | (isName ? 1 : 0);
            for (int i = 0; i < p.size(); i++) {
                if (p.get(i) >> 1 == ord) {
                    if (isName) p.set(i, code);
                    return;
                }
            }
            p.add(code);
        }

        /** Distinct alias surfaces collected so far. */
        public int surfaceCount() {
            return surface.size();
        }

        public AliasIndex build() {
            return new AliasIndex(this);
        }
    }
}
