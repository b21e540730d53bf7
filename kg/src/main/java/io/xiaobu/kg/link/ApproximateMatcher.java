package io.xiaobu.kg.link;

import io.xiaobu.kg.model.EntityType;
import java.util.Arrays;
import java.util.List;

/**
 * Approximate sound matching for ASR errors that are more than one odd syllable: inserted or dropped
 * syllables (拥抱你的离去 → 拥抱你离去), several near syllables in a long title, and partial titles
 * (幸福就拍拍手 → 感到幸福你就拍拍手).
 *
 * <p>Search is seed-and-verify, bounded by the utterance, never a scan over the aliases: an index from
 * each fuzzy-syllable bigram to the aliases containing it (bigrams shared by more than
 * {@code maxBigramPostings} aliases are stop-grams and not indexed) gives the aliases that share at least
 * {@code minSeeds} bigrams with the utterance; the best {@code maxCandidates} of them are aligned to the
 * utterance by a syllable edit distance (substitution cost by how alike the syllables sound, adjacent
 * transpositions, free skipping of the alias's first/last syllables at a per-syllable cost, the mention
 * may start and end anywhere). Thread-safe: the per-call scratch arrays are per thread.
 */
final class ApproximateMatcher {

    /** Receives one approximate match: mention {@code [start, end)}, alias ordinal and base score. */
    interface Sink {
        void match(int start, int end, int alias, double base);
    }

    private final List<String> aliases;
    private final LinkerConfig.Approximate config;
    private final PinyinTable table = PinyinTable.get();
    private final int fuzzyCount;
    /**
     * Alias ordinal of each searched alias; the search works on these dense ids, so that the per-thread
     * scratch is as big as the searched aliases, not as all aliases.
     */
    private final int[] aliasOf;
    /** Fuzzy bigram {@code f1 * fuzzyCount + f2} → dense ids (null: none or a stop-gram). */
    private final int[][] byBigram;
    private final int indexed;
    private final int stopGrams;
    private final ThreadLocal<Scratch> scratch;

    ApproximateMatcher(List<String> aliases, int[][] postings, EntityType[] types, LinkerConfig linkerConfig) {
        this.aliases = aliases;
        this.config = linkerConfig.approximate();
        this.fuzzyCount = table.fuzzyCount();
        int[] counts = new int[fuzzyCount * fuzzyCount];
        int[] lastAlias = new int[counts.length];
        Arrays.fill(lastAlias, -1);
        int[] dense = new int[aliases.size()];
        int n = 0;
        for (int a = 0; a < aliases.size(); a++) {
            if (!eligible(a, postings, types, linkerConfig)) continue;
            fileBigrams(aliases.get(a), n, lastAlias, counts, null);
            dense[n++] = a;
        }
        indexed = n;
        aliasOf = Arrays.copyOf(dense, n);
        byBigram = new int[counts.length][];
        int stops = 0;
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] > config.maxBigramPostings()) stops++;
            else if (counts[k] > 0) byBigram[k] = new int[counts[k]];
        }
        stopGrams = stops;
        Arrays.fill(lastAlias, -1);
        int[] fill = new int[counts.length];
        for (int d = 0; d < n; d++) fileBigrams(aliases.get(aliasOf[d]), d, lastAlias, fill, byBigram);
        int size = n;
        scratch = ThreadLocal.withInitial(() -> new Scratch(size));
    }

    private boolean eligible(int a, int[][] postings, EntityType[] types, LinkerConfig linkerConfig) {
        String alias = aliases.get(a);
        return alias.length() >= config.minAliasLength() && alias.length() <= config.maxAliasLength()
                && PinyinKeys.allCjk(alias) && PinyinKeys.anyType(postings[a], types, linkerConfig);
    }

    /** Counts (first pass) or files (second pass, {@code into != null}) the distinct bigrams of one alias (dense id {@code a}). */
    private void fileBigrams(String alias, int a, int[] lastAlias, int[] counts, int[][] into) {
        for (int j = 0; j + 1 < alias.length(); j++) {
            int key = table.fuzzy(alias.charAt(j)) * fuzzyCount + table.fuzzy(alias.charAt(j + 1));
            if (lastAlias[key] == a) continue;
            lastAlias[key] = a;
            if (into == null) counts[key]++;
            else if (into[key] != null) into[key][counts[key]++] = a;
        }
    }

    int indexedAliases() {
        return indexed;
    }

    int stopGrams() {
        return stopGrams;
    }

    /**
     * Reports approximate matches in an utterance.
     *
     * @param plain toneless syllable id per char of the normalised utterance ({@link PinyinTable#NONE} if none)
     * @param fuzzy fuzzy syllable id per char
     */
    void find(int[] plain, int[] fuzzy, Sink sink) {
        int n = fuzzy.length;
        if (n < config.minMentionLength()) return;
        Scratch s = scratch.get();
        s.nextGeneration();
        for (int i = 0; i + 1 < n; i++) {
            if (fuzzy[i] < 0 || fuzzy[i + 1] < 0) continue;
            int[] posting = byBigram[fuzzy[i] * fuzzyCount + fuzzy[i + 1]];
            if (posting == null) continue;
            for (int a : posting) s.hit(a, i);
        }
        int candidates = s.candidates(config.minSeeds(), config.maxCandidates());
        for (int c = 0; c < candidates; c++) {
            int d = s.best[c];
            verify(aliases.get(aliasOf[d]), aliasOf[d], plain, fuzzy, Math.max(0, s.first(d) - config.windowMargin()),
                    Math.min(n, s.last(d) + 2 + config.windowMargin()), s, sink);
        }
    }

    /** Aligns alias {@code a} to the utterance window {@code [from, to)} and reports the match if it is good enough. */
    private void verify(String alias, int a, int[] up, int[] uf, int from, int to, Scratch s, Sink sink) {
        int len = alias.length();
        int width = to - from;
        int cols = width + 1;
        s.ensure((len + 1) * cols, len);
        int[] ap = s.aliasPlain;
        int[] af = s.aliasFuzzy;
        for (int i = 0; i < len; i++) {
            ap[i] = table.plain(alias.charAt(i));
            af[i] = table.fuzzy(alias.charAt(i));
        }
        double skip = config.skipCost();
        double[] d = s.cost;
        int[] start = s.start;
        int[] skipped = s.skipped;
        int[] unrelated = s.unrelated;
        for (int j = 0; j <= width; j++) {
            d[j] = 0;
            start[j] = j;
            skipped[j] = 0;
            unrelated[j] = 0;
        }
        for (int i = 1; i <= len; i++) {
            int row = i * cols;
            d[row] = skip * i;
            start[row] = 0;
            skipped[row] = i;
            unrelated[row] = 0;
            for (int j = 1; j <= width; j++) {
                int at = row + j;
                double best = skip * i;
                int bestFrom = -1;
                int diag = at - cols - 1;
                double sub = substitution(ap[i - 1], af[i - 1], up[from + j - 1], uf[from + j - 1]);
                double v = d[diag] + sub;
                if (v < best) { best = v; bestFrom = diag; }
                v = d[at - cols] + config.indelCost();
                if (v < best) { best = v; bestFrom = at - cols; }
                v = d[at - 1] + config.indelCost();
                if (v < best) { best = v; bestFrom = at - 1; }
                if (i >= 2 && j >= 2 && ap[i - 1] != ap[i - 2] && ap[i - 1] == up[from + j - 2] && ap[i - 2] == up[from + j - 1]) {
                    int back = at - 2 * cols - 2;
                    v = d[back] + config.transpositionCost();
                    if (v < best) { best = v; bestFrom = back; }
                }
                d[at] = best;
                if (bestFrom < 0) {
                    start[at] = j;
                    skipped[at] = i;
                    unrelated[at] = 0;
                } else {
                    start[at] = start[bestFrom];
                    skipped[at] = skipped[bestFrom];
                    unrelated[at] = unrelated[bestFrom] + (bestFrom == diag && sub >= config.unrelatedCost() ? 1 : 0);
                }
            }
        }
        double bestTotal = Double.MAX_VALUE;
        int bestAt = -1;
        int bestI = 0;
        for (int i = 1; i <= len; i++) {
            for (int j = 1; j <= width; j++) {
                int at = i * cols + j;
                double total = d[at] + skip * (len - i);
                // equal cost: the alignment covering more of the alias wins
                if (total < bestTotal - 1e-9 || total < bestTotal + 1e-9 && i - skipped[at] > bestI - skipped[bestAt]) {
                    bestTotal = total;
                    bestAt = at;
                    bestI = i;
                }
            }
        }
        if (bestAt < 0) return;
        int end = bestAt % cols;
        int mentionStart = start[bestAt];
        int prefix = skipped[bestAt];
        int suffix = len - bestI;
        int covered = len - prefix - suffix;
        double edits = d[bestAt] - skip * prefix;
        double net = covered - edits;
        boolean partial = prefix + suffix > 0;
        double minNet = partial ? config.minPartialNet() : config.minNet();
        if (end - mentionStart < config.minMentionLength() || covered < config.minCoverage() * len
                || edits > (partial ? config.maxPartialEdits() : config.maxEdits()) || edits > config.maxEditRatio() * covered || net < minNet
                || unrelated[bestAt] > config.maxUnrelated()) {
            return;
        }
        double base = Math.min(config.maxScore(), config.score() + config.gain() * (net - config.minNet()))
                - config.uncoveredPenalty() * (prefix + suffix);
        if (base > 0) sink.match(from + mentionStart, from + end, a, base);
    }

    private double substitution(int ap, int af, int up, int uf) {
        if (up < 0) return config.unrelatedCost();
        if (ap == up) return 0;
        if (af == uf) return config.fuzzyCost();
        if (table.near(ap, up)) return config.nearCost();
        return config.unrelatedCost();
    }

    /** Per-thread arrays for seed counting and alignment, reused across calls. */
    private static final class Scratch {
        /**
         * Per alias, one word (one cache line touched per seed hit): generation (high 32 bits), seed count
         * (10 bits), first and last seed position (11 bits each).
         */
        final long[] state;
        int[] touched = new int[256];
        int touchedCount;
        long generation;
        int[] best = new int[16];
        long[] ranked = new long[64];
        int[] aliasPlain = new int[64];
        int[] aliasFuzzy = new int[64];
        double[] cost = new double[1024];
        int[] start = new int[1024];
        int[] skipped = new int[1024];
        int[] unrelated = new int[1024];

        Scratch(int aliases) {
            state = new long[aliases];
        }

        void nextGeneration() {
            if (++generation == Integer.MAX_VALUE) {
                Arrays.fill(state, 0);
                generation = 1;
            }
            touchedCount = 0;
        }

        void hit(int a, int pos) {
            long w = state[a];
            int p = Math.min(pos, 0x7FF);
            if (w >>> 32 != generation) {
                if (touchedCount == touched.length) touched = Arrays.copyOf(touched, touchedCount * 2);
                touched[touchedCount++] = a;
                state[a] = generation << 32 | 1L << 22 | (long) p << 11 | p;
                return;
            }
            long hits = Math.min(0x3FF, ((w >>> 22) & 0x3FF) + 1);
            state[a] = (w & ~(0x3FFL << 22 | 0x7FF)) | hits << 22 | p;
        }

        int hits(int a) {
            return (int) ((state[a] >>> 22) & 0x3FF);
        }

        int first(int a) {
            return (int) ((state[a] >>> 11) & 0x7FF);
        }

        int last(int a) {
            return (int) (state[a] & 0x7FF);
        }

        /** Fills {@link #best} with the aliases of most seeds (at least {@code minSeeds}); returns how many. */
        int candidates(int minSeeds, int max) {
            int k = 0;
            for (int t = 0; t < touchedCount; t++) {
                int a = touched[t];
                int h = hits(a);
                if (h < minSeeds) continue;
                if (k == ranked.length) ranked = Arrays.copyOf(ranked, k * 2);
                ranked[k++] = (long) (0x3FF - h) << 32 | a;
            }
            if (k > max) Arrays.sort(ranked, 0, k);
            int n = Math.min(k, max);
            if (best.length < n) best = new int[n];
            for (int i = 0; i < n; i++) best[i] = (int) ranked[i];
            return n;
        }

        void ensure(int cells, int aliasLength) {
            if (aliasPlain.length < aliasLength) {
                aliasPlain = new int[aliasLength];
                aliasFuzzy = new int[aliasLength];
            }
            if (cost.length < cells) {
                cost = new double[cells * 2];
                start = new int[cells * 2];
                skipped = new int[cells * 2];
                unrelated = new int[cells * 2];
            }
        }
    }
}
