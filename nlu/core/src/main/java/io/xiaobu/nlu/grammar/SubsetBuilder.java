package io.xiaobu.nlu.grammar;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Merges the templates' NFAs into one automaton by subset construction over literal chars: a DFA state
 * is the epsilon-closed set of NFA states reached by the same text. Slot edges stay edges (one per
 * distinct slot definition and name), so the matcher branches only where a slot starts.
 */
final class SubsetBuilder {

    record Result(TrieNode root, int states) { }

    private record Key(int[] ids) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(k.ids, ids);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ids);
        }
    }

    private record SlotKey(CompiledSlot slot, String name) { }

    private final NfaState[] byId;
    private final int[] mark;
    private int stamp;
    private int[] buffer = new int[64];
    private final int maxStates;
    private final Map<Key, TrieNode> nodes = new HashMap<>();
    private final Deque<Map.Entry<int[], TrieNode>> todo = new ArrayDeque<>();

    SubsetBuilder(int nfaStates, int maxStates) {
        this.byId = new NfaState[nfaStates];
        this.mark = new int[nfaStates];
        this.maxStates = maxStates;
    }

    Result build(List<NfaState> starts) {
        TrieNode root = node(closure(starts));
        while (!todo.isEmpty()) {
            Map.Entry<int[], TrieNode> next = todo.pop();
            expand(next.getKey(), next.getValue());
        }
        return new Result(root, nodes.size());
    }

    private void expand(int[] set, TrieNode node) {
        TreeMap<Character, List<NfaState>> byChar = new TreeMap<>();
        Map<SlotKey, List<NfaState>> bySlot = new LinkedHashMap<>();
        List<Integer> finals = new ArrayList<>();
        for (int id : set) {
            NfaState s = byId[id];
            if (s.finalTemplate >= 0) finals.add(s.finalTemplate);
            for (NfaState.CharEdge e : s.chars) byChar.computeIfAbsent(e.c(), c -> new ArrayList<>()).add(e.to());
            for (NfaState.SlotEdge e : s.slots) bySlot.computeIfAbsent(new SlotKey(e.slot(), e.name()), k -> new ArrayList<>()).add(e.to());
        }
        node.terminals = finals.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
        char[] keys = new char[byChar.size()];
        TrieNode[] kids = new TrieNode[byChar.size()];
        int i = 0;
        for (Map.Entry<Character, List<NfaState>> e : byChar.entrySet()) {
            keys[i] = e.getKey();
            kids[i++] = node(closure(e.getValue()));
        }
        node.keys = keys;
        node.kids = kids;
        TrieNode.SlotEdge[] edges = new TrieNode.SlotEdge[bySlot.size()];
        i = 0;
        for (Map.Entry<SlotKey, List<NfaState>> e : bySlot.entrySet()) {
            edges[i++] = new TrieNode.SlotEdge(e.getKey().slot(), e.getKey().name(), node(closure(e.getValue())));
        }
        node.slotEdges = edges;
    }

    private TrieNode node(int[] set) {
        Key key = new Key(set);
        TrieNode n = nodes.get(key);
        if (n != null) return n;
        if (nodes.size() >= maxStates) {
            throw new GrammarException("the grammars compile to more than " + maxStates + " matcher states; simplify templates or raise maxStates");
        }
        n = new TrieNode();
        nodes.put(key, n);
        todo.push(Map.entry(set, n));
        return n;
    }

    /** Sorted ids of the states reachable from {@code from} through epsilon edges. */
    private int[] closure(List<NfaState> from) {
        stamp++;
        Deque<NfaState> stack = new ArrayDeque<>(from);
        int count = 0;
        while (!stack.isEmpty()) {
            NfaState s = stack.pop();
            if (mark[s.id] == stamp) continue;
            mark[s.id] = stamp;
            byId[s.id] = s;
            if (count == buffer.length) buffer = Arrays.copyOf(buffer, count * 2);
            buffer[count++] = s.id;
            for (NfaState e : s.epsilons) if (mark[e.id] != stamp) stack.push(e);
        }
        int[] out = Arrays.copyOf(buffer, count);
        Arrays.sort(out);
        return out;
    }
}
