package io.xiaobu.nlu.grammar;

import io.xiaobu.nlu.NormalizedText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One depth-first walk of the template trie over one normalised text. Literal edges cost one array lookup
 * per char; the search only branches at slot edges (list synonyms, wildcard lengths, recogniser
 * candidates) and at optional spaces. Not thread-safe: one instance per {@code match} call.
 */
final class TrieSearch {

    /** The best parse of one template. */
    record Candidate(int templateId, MatchScore score, List<SlotMatch> slots, SlotMatch failed) { }

    /** The text ended inside the trie at {@code node}. */
    record Prefix(TrieNode node, MatchScore score, List<SlotMatch> slots) { }

    static final String FAILED = "failed";
    private static final int MAX_PREFIXES = 64;
    private static final int MAX_SLOTS = 32;

    private final NormalizedText input;
    private final String text;
    private final int n;
    private final RuleMatcherConfig config;
    private final List<SlotRecognizer.Candidate>[] recognizerCache;

    private final Map<Integer, Candidate> best = new HashMap<>();
    private final List<Prefix> prefixes = new ArrayList<>();
    // the slot bindings of the current path, materialised into SlotMatch objects only when recorded
    private final String[] names = new String[MAX_SLOTS];
    private final String[] kinds = new String[MAX_SLOTS];
    private final int[] starts = new int[MAX_SLOTS];
    private final int[] ends = new int[MAX_SLOTS];
    private final String[] canonicals = new String[MAX_SLOTS];
    private final String[] normalizeds = new String[MAX_SLOTS];
    private int depth;
    private int steps;
    private boolean truncated;
    private boolean failMode;

    @SuppressWarnings("unchecked")
    TrieSearch(NormalizedText input, RuleMatcherConfig config, int recognizerCount) {
        this.input = input;
        this.text = input.text();
        this.n = text.length();
        this.config = config;
        this.recognizerCache = (List<SlotRecognizer.Candidate>[]) new List[Math.max(0, recognizerCount * (n + 1))];
    }

    /** Walks for full matches (and prefixes); with {@code failMode}, only for matches in which one slot failed. */
    void run(TrieNode root, boolean failMode) {
        this.failMode = failMode;
        best.clear();
        depth = 0;
        walk(root, 0, 0, 0, 0, 0, false);
    }

    Map<Integer, Candidate> candidates() {
        return best;
    }

    List<Prefix> prefixes() {
        return prefixes;
    }

    boolean truncated() {
        return truncated;
    }

    private void walk(TrieNode node, int pos, int lit, int list, int rec, int wild, boolean failUsed) {
        if (++steps > config.maxSearchSteps()) {
            truncated = true;
            return;
        }
        if (pos == n) {
            if (!failMode || failUsed) for (int t : node.terminals) record(t, new MatchScore(lit, list, rec, wild, depth), failUsed);
            if (!failMode && n > 0 && node.hasContinuation() && prefixes.size() < MAX_PREFIXES) {
                prefixes.add(new Prefix(node, new MatchScore(lit, list, rec, wild, depth), currentSlots()));
            }
        } else {
            char c = text.charAt(pos);
            TrieNode next = node.child(c);
            if (next != null) walk(next, pos + 1, c == ' ' ? lit : lit + 1, list, rec, wild, failUsed);
        }
        if (pos == n || depth >= MAX_SLOTS) return;
        for (TrieNode.SlotEdge edge : node.slotEdges) {
            CompiledSlot slot = edge.slot();
            switch (slot.kind) {
                case LIST -> walkList(edge, pos, lit, list, rec, wild, failUsed);
                case WILDCARD -> walkWildcard(edge, pos, lit, list, rec, wild, failUsed);
                case RECOGNIZER -> walkRecognizer(edge, pos, lit, list, rec, wild, failUsed);
            }
            if (failMode && !failUsed && slot.kind != CompiledSlot.Kind.WILDCARD) walkFailed(edge, pos, lit, list, rec, wild);
        }
    }

    private void walkList(TrieNode.SlotEdge edge, int pos, int lit, int list, int rec, int wild, boolean failUsed) {
        CompiledSlot slot = edge.slot();
        TrieNode s = slot.synonyms;
        for (int i = pos; i < n; i++) {
            s = s.child(text.charAt(i));
            if (s == null) return;
            for (int v : s.terminals) {
                ListValue value = slot.values.get(v);
                push(edge.name(), "list", pos, i + 1, value.text(), value.normalized());
                walk(edge.next(), i + 1, lit, list + i + 1 - pos, rec, wild, failUsed);
                depth--;
            }
        }
    }

    private void walkWildcard(TrieNode.SlotEdge edge, int pos, int lit, int list, int rec, int wild, boolean failUsed) {
        if (text.charAt(pos) == ' ') return;
        CompiledSlot slot = edge.slot();
        int last = Math.min(n, pos + slot.maxChars);
        for (int end = pos + slot.minChars; end <= last; end++) {
            if (text.charAt(end - 1) == ' ') continue;
            push(edge.name(), "wildcard", pos, end, null, null);
            walk(edge.next(), end, lit, list, rec, wild + end - pos, failUsed);
            depth--;
        }
    }

    private void walkRecognizer(TrieNode.SlotEdge edge, int pos, int lit, int list, int rec, int wild, boolean failUsed) {
        CompiledSlot slot = edge.slot();
        int key = slot.recognizerIndex * (n + 1) + pos;
        List<SlotRecognizer.Candidate> found = recognizerCache[key];
        if (found == null) {
            try {
                found = slot.recognizer.recognize(text, pos);
            } catch (RuntimeException e) {
                found = List.of(); // a broken plug-in must not break matching
            }
            recognizerCache[key] = found == null ? List.of() : found;
            if (found == null) return;
        }
        for (SlotRecognizer.Candidate c : found) {
            if (c.end() <= pos || c.end() > n) continue;
            push(edge.name(), slot.recognizerKind, pos, c.end(), null, c.normalized());
            walk(edge.next(), c.end(), lit, list, rec + c.end() - pos, wild, failUsed);
            depth--;
        }
    }

    private void walkFailed(TrieNode.SlotEdge edge, int pos, int lit, int list, int rec, int wild) {
        if (text.charAt(pos) == ' ') return;
        int last = Math.min(n, pos + config.failedSlotMaxChars());
        for (int end = pos + 1; end <= last; end++) {
            if (text.charAt(end - 1) == ' ') continue;
            push(edge.name(), FAILED, pos, end, null, null);
            walk(edge.next(), end, lit, list, rec, wild + end - pos, true);
            depth--;
        }
    }

    private void push(String name, String kind, int start, int end, String canonical, String normalized) {
        names[depth] = name;
        kinds[depth] = kind;
        starts[depth] = start;
        ends[depth] = end;
        canonicals[depth] = canonical;
        normalizeds[depth] = normalized;
        depth++;
    }

    private SlotMatch slotAt(int i) {
        int os = input.originalStart(starts[i]);
        int oe = Math.max(os, input.originalEnd(ends[i]));
        String words = text.substring(starts[i], ends[i]);
        String canonical = canonicals[i] != null ? canonicals[i] : words;
        String normalized = kinds[i] == FAILED ? null : normalizeds[i] != null ? normalizeds[i] : words;
        return new SlotMatch(names[i], kinds[i], starts[i], ends[i], os, oe, input.original().substring(os, oe), canonical, normalized);
    }

    private List<SlotMatch> currentSlots() {
        List<SlotMatch> out = new ArrayList<>(depth);
        for (int i = 0; i < depth; i++) out.add(slotAt(i));
        return out;
    }

    private void record(int templateId, MatchScore score, boolean failUsed) {
        Candidate old = best.get(templateId);
        if (old != null && MatchRanking.BY_SCORE.compare(old.score(), score) <= 0) return;
        List<SlotMatch> slots = new ArrayList<>(depth);
        SlotMatch failed = null;
        for (int i = 0; i < depth; i++) {
            if (kinds[i] == FAILED) failed = slotAt(i);
            else slots.add(slotAt(i));
        }
        best.put(templateId, new Candidate(templateId, score, slots, failed));
    }
}
