package io.xiaobu.nlu.grammar;

import java.util.Arrays;

/**
 * A node of the compiled template trie (also used for the synonym trie of a list slot). Literal edges are
 * kept in sorted arrays; a space edge ({@code ' '}) stands for an optional space. Mutable only while the
 * matcher is being compiled.
 */
final class TrieNode {

    private static final char[] NO_KEYS = new char[0];
    private static final TrieNode[] NO_KIDS = new TrieNode[0];
    static final SlotEdge[] NO_EDGES = new SlotEdge[0];
    static final int[] NO_INTS = new int[0];

    /** An edge that consumes a slot value. */
    record SlotEdge(CompiledSlot slot, String name, TrieNode next) { }

    char[] keys = NO_KEYS;
    TrieNode[] kids = NO_KIDS;
    SlotEdge[] slotEdges = NO_EDGES;
    /** Templates (or list values) that end here. */
    int[] terminals = NO_INTS;
    /** Up to a few templates reachable below this node, for reporting prefix matches. */
    int[] reachable = NO_INTS;

    TrieNode child(char c) {
        char[] k = keys;
        if (k.length <= 8) {
            for (int i = 0; i < k.length; i++) if (k[i] == c) return kids[i];
            return null;
        }
        int i = Arrays.binarySearch(k, c);
        return i >= 0 ? kids[i] : null;
    }

    TrieNode addChild(char c) {
        int i = Arrays.binarySearch(keys, c);
        if (i >= 0) return kids[i];
        int at = -i - 1;
        TrieNode n = new TrieNode();
        char[] k = new char[keys.length + 1];
        TrieNode[] c2 = new TrieNode[kids.length + 1];
        System.arraycopy(keys, 0, k, 0, at);
        System.arraycopy(kids, 0, c2, 0, at);
        k[at] = c;
        c2[at] = n;
        System.arraycopy(keys, at, k, at + 1, keys.length - at);
        System.arraycopy(kids, at, c2, at + 1, kids.length - at);
        keys = k;
        kids = c2;
        return n;
    }

    void addTerminal(int id) {
        for (int t : terminals) if (t == id) return;
        terminals = Arrays.copyOf(terminals, terminals.length + 1);
        terminals[terminals.length - 1] = id;
    }

    boolean hasContinuation() {
        return keys.length > 0 || slotEdges.length > 0;
    }

    /** Fills {@link #reachable} bottom-up with at most {@code cap} template ids per node. */
    int[] computeReachable(int cap) {
        return computeReachable(cap, new java.util.IdentityHashMap<>());
    }

    private int[] computeReachable(int cap, java.util.Map<TrieNode, int[]> done) {
        int[] known = done.get(this);
        if (known != null) return known;
        int[] acc = new int[0];
        acc = merge(acc, terminals, cap);
        for (TrieNode k : kids) acc = merge(acc, k.computeReachable(cap, done), cap);
        for (SlotEdge e : slotEdges) acc = merge(acc, e.next().computeReachable(cap, done), cap);
        reachable = acc;
        done.put(this, acc);
        return acc;
    }

    private static int[] merge(int[] acc, int[] more, int cap) {
        if (acc.length >= cap || more.length == 0) return acc;
        int[] out = Arrays.copyOf(acc, Math.min(cap, acc.length + more.length));
        int n = acc.length;
        for (int m : more) {
            if (n >= cap) break;
            boolean seen = false;
            for (int i = 0; i < n; i++) if (out[i] == m) { seen = true; break; }
            if (!seen) out[n++] = m;
        }
        return Arrays.copyOf(out, n);
    }
}
