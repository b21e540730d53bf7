package io.xiaobu.kg.link;

import io.xiaobu.kg.model.EntityType;
import io.xiaobu.kg.text.MatchFold;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pinyin keys of the aliases that may be matched by sound. A key is a 64-bit hash of syllable ids
 * ({@link PinyinTable}); three maps: toneless syllables, fuzzy syllables, and toneless with one position
 * wildcarded (for near-homophones). Values are alias ordinals; callers re-check candidates, so a hash
 * collision can only cost time, never a wrong link.
 */
final class PinyinKeys {

    static final int WILDCARD = -3;
    static final int NO_SWAP = -1;
    /** Keys are polynomial, {@code len * LENGTH_SALT + sum((id + 7) * P^k)}, so that a wildcard or a swap is an O(1) update. */
    private static final long P = 0x9E3779B97F4A7C15L;
    private static final long LENGTH_SALT = 0xC2B2AE3D27D4EB4FL;
    private static final int MAX_POWERS = 64;
    static final long[] POW = new long[MAX_POWERS];

    static {
        POW[0] = 1;
        for (int i = 1; i < MAX_POWERS; i++) POW[i] = POW[i - 1] * P;
    }

    final LongPostings plain;
    final LongPostings fuzzy;
    final LongPostings wildcard;

    private PinyinKeys(Map<Long, List<Integer>> plain, Map<Long, List<Integer>> fuzzy, Map<Long, List<Integer>> wildcard) {
        this.plain = freeze(plain);
        this.fuzzy = freeze(fuzzy);
        this.wildcard = freeze(wildcard);
    }

    static PinyinKeys build(List<String> aliases, int[][] postings, EntityType[] types, LinkerConfig config) {
        PinyinTable table = PinyinTable.get();
        Map<Long, List<Integer>> plain = new HashMap<>();
        Map<Long, List<Integer>> fuzzy = new HashMap<>();
        Map<Long, List<Integer>> wildcard = new HashMap<>();
        for (int a = 0; a < aliases.size(); a++) {
            String alias = aliases.get(a);
            // two-character aliases too: the linker matches them by sound only where the caller knows the words are a name
            if (alias.length() < Math.min(EntityLinker.MIN_SLOT_SOUND_LENGTH, config.minPinyinLength())
                    || alias.length() > config.maxPinyinLength()) continue;
            if (!allCjk(alias) || !anyType(postings[a], types, config)) continue;
            int[] p = new int[alias.length()];
            int[] f = new int[alias.length()];
            for (int i = 0; i < p.length; i++) {
                p[i] = table.plain(alias.charAt(i));
                f[i] = table.fuzzy(alias.charAt(i));
            }
            add(plain, hash(p, 0, p.length, -1, NO_SWAP), a);
            add(fuzzy, hash(f, 0, f.length, -1, NO_SWAP), a);
            if (alias.length() >= config.minWildcardLength()) {
                for (int w = 0; w < p.length; w++) add(wildcard, hash(p, 0, p.length, w, NO_SWAP), a);
            }
        }
        return new PinyinKeys(plain, fuzzy, wildcard);
    }

    /**
     * Hash of {@code ids[from, to)} with position {@code wild} (absolute index, or -1) replaced by a
     * wildcard and, when {@code swap >= from}, positions {@code swap} and {@code swap + 1} exchanged.
     */
    static long hash(int[] ids, int from, int to, int wild, int swap) {
        long h = (to - from) * LENGTH_SALT;
        for (int i = from; i < to; i++) {
            int k = i == swap ? i + 1 : i == swap + 1 && swap >= from ? swap : i;
            h += ((k == wild ? WILDCARD : ids[k]) + 7L) * POW[i - from];
        }
        return h;
    }

    /** The sum part of {@link #hash} for a span, extended by one syllable at its end ({@code len} after it). */
    static long extend(long sum, int id, int lenBefore) {
        return sum + (id + 7L) * POW[lenBefore];
    }

    /** The key of a span from its running sum. */
    static long key(long sum, int len) {
        return sum + len * LENGTH_SALT;
    }

    /** The key with the syllable at offset {@code k} (relative to the span start) replaced by a wildcard. */
    static long wildcard(long key, int id, int k) {
        return key + ((long) WILDCARD - id) * POW[k];
    }

    /** The key with the syllables at offsets {@code k} and {@code k + 1} swapped. */
    static long swapped(long key, int idK, int idNext, int k) {
        return key + ((long) idNext - idK) * POW[k] + ((long) idK - idNext) * POW[k + 1];
    }

    static boolean allCjk(String s) {
        for (int i = 0; i < s.length(); i++) if (!MatchFold.isCjk(s.charAt(i))) return false;
        return true;
    }

    static boolean anyType(int[] posting, EntityType[] types, LinkerConfig config) {
        for (int code : posting) if (config.pinyinTypes().contains(types[code >> 1])) return true;
        return false;
    }

    private static void add(Map<Long, List<Integer>> map, long key, int alias) {
        List<Integer> l = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (l.isEmpty() || l.get(l.size() - 1) != alias) l.add(alias);
    }

    private static LongPostings freeze(Map<Long, List<Integer>> from) {
        Map<Long, int[]> out = new HashMap<>(from.size() * 2);
        for (var e : from.entrySet()) out.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray());
        return new LongPostings(out);
    }
}
