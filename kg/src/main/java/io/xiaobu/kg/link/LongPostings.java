package io.xiaobu.kg.link;

import java.util.Map;

/**
 * An immutable open-addressing map from 64-bit keys to int arrays (alias ordinals), so that a lookup on
 * the linking hot path neither boxes its key nor allocates. Most lookups miss; a small blocked Bloom
 * filter (two bits in one 64-bit word, about 8 bits per key) answers most misses without touching the
 * big key table, which does not fit in the CPU cache.
 */
final class LongPostings {

    private static final int[] EMPTY = new int[0];
    private final long[] keys;
    private final int[][] values;
    private final int mask;
    private final long[] filter;
    private final int filterMask;

    LongPostings(Map<Long, int[]> from) {
        int capacity = Integer.highestOneBit(Math.max(4, from.size() * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity][];
        mask = capacity - 1;
        int words = Integer.highestOneBit(Math.max(1, from.size() / 8)) << 1;
        filter = new long[words];
        filterMask = words - 1;
        for (var e : from.entrySet()) {
            int slot = slot(e.getKey());
            while (values[slot] != null) slot = (slot + 1) & mask;
            keys[slot] = e.getKey();
            values[slot] = e.getValue();
            long h = mix(e.getKey());
            filter[(int) h & filterMask] |= 1L << (h >>> 52) | 1L << (h >>> 58);
        }
    }

    /** The postings of {@code key}, or an empty array. */
    int[] get(long key) {
        long h = mix(key);
        long bits = 1L << (h >>> 52) | 1L << (h >>> 58);
        if ((filter[(int) h & filterMask] & bits) != bits) return EMPTY;
        for (int slot = slot(key); values[slot] != null; slot = (slot + 1) & mask) {
            if (keys[slot] == key) return values[slot];
        }
        return EMPTY;
    }

    int size() {
        int n = 0;
        for (int[] v : values) if (v != null) n++;
        return n;
    }

    private static long mix(long key) {
        long h = key ^ (key >>> 33);
        h *= 0xff51afd7ed558ccdL;
        return h ^ (h >>> 29);
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }
}
