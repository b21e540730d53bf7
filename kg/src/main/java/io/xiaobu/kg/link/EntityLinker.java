package io.xiaobu.kg.link;

import io.xiaobu.kg.model.EntityType;
import io.xiaobu.kg.text.MatchFold;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds entity mentions in an utterance and scores candidate entities.
 *
 * <ol>
 *   <li>Every alias occurrence, from the surface automaton (nested and overlapping ones too).</li>
 *   <li>Sound matches for ASR errors: same toneless pinyin, same fuzzy pinyin, all syllables but one
 *       equal with the odd one sharing its initial or final, two adjacent syllables swapped, and an
 *       approximate search by syllable edit distance ({@link ApproximateMatcher}: inserted or dropped
 *       syllables, partial titles).</li>
 *   <li>Score = base(kind) × length factor + popularity prior + context cues + expected types.</li>
 *   <li>Per mention, candidates closer than the ambiguity margin are reported as ambiguous.</li>
 *   <li>A non-overlapping selection, highest score first (longer mentions win ties).</li>
 * </ol>
 * Thread-safe; never throws on odd input.
 */
public final class EntityLinker {

    private final AliasIndex index;
    private final LinkerConfig config;
    private final ContextCues cues;
    private final PinyinTable table = PinyinTable.get();
    /** Per {@link EntityType} ordinal: matched by sound. */
    private final boolean[] soundTyped = new boolean[EntityType.values().length];

    /** Shortest words {@link #soundsLike} looks up (the free-text search starts at {@link LinkerConfig#minPinyinLength()}). */
    public static final int MIN_SLOT_SOUND_LENGTH = 2;

    public EntityLinker(AliasIndex index, LinkerConfig config, ContextCues cues) {
        this.index = index;
        this.config = config;
        this.cues = cues;
        for (EntityType t : config.pinyinTypes()) soundTyped[t.ordinal()] = true;
    }

    public EntityLinker(AliasIndex index) {
        this(index, LinkerConfig.defaults(), ContextCues.defaults());
    }

    public AliasIndex index() {
        return index;
    }

    public LinkResult link(String text) {
        return link(text, Set.of());
    }

    /** Links with a hint of the entity types the candidate intents expect (e.g. SONG for music.play). */
    public LinkResult link(String text, Set<EntityType> expectedTypes) {
        if (text == null || text.isEmpty()) return LinkResult.empty(text);
        String norm = MatchFold.normalize(text.length() > config.maxTextLength()
                ? text.substring(0, config.maxTextLength()) : text);
        Map<Long, Map<Integer, Scored>> spans = new HashMap<>();
        collectSurface(norm, spans);
        collectSound(norm, spans);
        if (spans.isEmpty()) return LinkResult.empty(text);

        Map<EntityType, List<int[]>> found = cues.find(norm);
        List<EntityLink> mentions = new ArrayList<>(spans.size());
        for (var entry : spans.entrySet()) {
            int start = (int) (entry.getKey() >>> 32);
            int end = (int) (long) entry.getKey();
            List<Scored> ranked = new ArrayList<>(entry.getValue().values());
            // a span that some alias matches exactly is not re-explained by an edit-distance or swapped match
            if (ranked.stream().anyMatch(x -> x.kind == MatchKind.NAME || x.kind == MatchKind.ALIAS)) {
                ranked.removeIf(x -> x.kind == MatchKind.APPROXIMATE || x.kind == MatchKind.TRANSPOSED);
            }
            for (Scored s : ranked) s.score = score(s, start, end, found, expectedTypes);
            ranked.removeIf(s -> s.score < minScore(s.kind));
            if (ranked.isEmpty()) continue;
            ranked.sort(Comparator.comparingDouble((Scored s) -> -s.score).thenComparing(s -> index.ids[s.entity]));
            mentions.add(toLink(text, start, end, ranked));
        }
        mentions.sort(Comparator.comparingInt(EntityLink::start).thenComparingInt(EntityLink::end));
        return new LinkResult(text, mentions, select(mentions));
    }

    /**
     * Entities of one of {@code types} whose name or an alias sounds like all of {@code words} — the same
     * toneless pinyin, else the same fuzzy pinyin — best first, for words the caller already knows to be a
     * name of that kind: the app slot of "打开为信" holds 为信, which ASR wrote for 微信. Unlike {@link #link},
     * two-character words are looked up: there the slot's edges, not the sound alone, say that the words are
     * a name. Words that are themselves a name or an alias are {@link #link}'s (nothing is returned for them).
     * Never throws.
     *
     * @return one link spanning the words (start 0, end their length) with the other sound-alikes as
     *         alternatives, or empty
     */
    public Optional<EntityLink> soundsLike(String words, Set<EntityType> types) {
        if (words == null || types.isEmpty()) return Optional.empty();
        String norm = MatchFold.normalize(words);
        int n = norm.length();
        if (n != words.length() || n < MIN_SLOT_SOUND_LENGTH || n > config.maxPinyinLength()) return Optional.empty();
        int[] plain = plainIds(norm);
        int[] fuzzy = fuzzyIds(norm);
        long plainSum = 0;
        long fuzzySum = 0;
        for (int i = 0; i < n; i++) {
            if (plain[i] < 0) return Optional.empty();
            plainSum = PinyinKeys.extend(plainSum, plain[i], i);
            fuzzySum = PinyinKeys.extend(fuzzySum, fuzzy[i], i);
        }
        Map<Long, Map<Integer, Scored>> spans = new HashMap<>();
        lookup(index.pinyin.plain.get(PinyinKeys.key(plainSum, n)), norm, plain, fuzzy, 0, n, PinyinKeys.NO_SWAP, spans, MatchKind.HOMOPHONE);
        lookup(index.pinyin.fuzzy.get(PinyinKeys.key(fuzzySum, n)), norm, plain, fuzzy, 0, n, PinyinKeys.NO_SWAP, spans, MatchKind.FUZZY_PINYIN);
        List<Scored> ranked = new ArrayList<>(spans.getOrDefault((long) n, Map.of()).values());
        ranked.removeIf(x -> !types.contains(index.types[x.entity]));
        if (ranked.isEmpty()) return Optional.empty();
        for (Scored x : ranked) x.score = x.base + config.popularityWeight() * index.popularity[x.entity];
        ranked.sort(Comparator.comparingDouble((Scored x) -> -x.score).thenComparing(x -> index.ids[x.entity]));
        return Optional.of(toLink(words, 0, n, ranked));
    }

    /** Toneless syllable id of each character (negative for one without pinyin). */
    private int[] plainIds(String norm) {
        int[] ids = new int[norm.length()];
        for (int i = 0; i < ids.length; i++) ids[i] = table.plain(norm.charAt(i));
        return ids;
    }

    /** Fuzzy syllable id of each character. */
    private int[] fuzzyIds(String norm) {
        int[] ids = new int[norm.length()];
        for (int i = 0; i < ids.length; i++) ids[i] = table.fuzzy(norm.charAt(i));
        return ids;
    }

    private void collectSurface(String norm, Map<Long, Map<Integer, Scored>> spans) {
        for (int i = 0; i < norm.length(); i++) {
            index.automaton.matchesFrom(norm, i, index.maxAliasLength, (s, e, alias) -> {
                for (int code : index.postings[alias]) {
                    add(spans, s, e, code >> 1, (code & 1) == 1 ? MatchKind.NAME : MatchKind.ALIAS, 1.0);
                }
            });
        }
    }

    private void collectSound(String norm, Map<Long, Map<Integer, Scored>> spans) {
        PinyinKeys keys = index.pinyin;
        int n = norm.length();
        int[] plain = plainIds(norm);
        int[] fuzzy = fuzzyIds(norm);
        for (int s = 0; s < n; s++) {
            long plainSum = 0;
            long fuzzySum = 0;
            for (int e = s + 1; e <= Math.min(n, s + config.maxPinyinLength()); e++) {
                if (plain[e - 1] < 0) break;
                int len = e - s;
                plainSum = PinyinKeys.extend(plainSum, plain[e - 1], len - 1);
                fuzzySum = PinyinKeys.extend(fuzzySum, fuzzy[e - 1], len - 1);
                if (len < config.minPinyinLength()) continue;
                long plainKey = PinyinKeys.key(plainSum, len);
                lookup(keys.plain.get(plainKey), norm, plain, fuzzy, s, e, PinyinKeys.NO_SWAP, spans, MatchKind.HOMOPHONE);
                lookup(keys.fuzzy.get(PinyinKeys.key(fuzzySum, len)), norm, plain, fuzzy, s, e, PinyinKeys.NO_SWAP, spans,
                        MatchKind.FUZZY_PINYIN);
                if (len >= config.minWildcardLength()) {
                    for (int w = s; w < e; w++) {
                        lookup(keys.wildcard.get(PinyinKeys.wildcard(plainKey, plain[w], w - s)), norm, plain, fuzzy, s, e,
                                PinyinKeys.NO_SWAP, spans, MatchKind.NEAR_HOMOPHONE);
                    }
                }
                if (len <= config.maxTransposedLength()) {
                    for (int t = s; t + 1 < e; t++) {
                        if (plain[t] == plain[t + 1]) continue;
                        lookup(keys.plain.get(PinyinKeys.swapped(plainKey, plain[t], plain[t + 1], t - s)), norm, plain, fuzzy,
                                s, e, t, spans, MatchKind.TRANSPOSED);
                    }
                }
            }
        }
        if (index.approximate != null) {
            index.approximate.find(plain, fuzzy, (s, e, alias, base) -> {
                for (int code : index.postings[alias]) {
                    int ord = code >> 1;
                    if (soundTyped[index.types[ord].ordinal()]) add(spans, s, e, ord, MatchKind.APPROXIMATE, base);
                }
            });
        }
    }

    /** Verifies sound candidates against the mention (hash keys may collide) and adds them. */
    private void lookup(int[] aliasOrdinals, String norm, int[] plain, int[] fuzzy, int s, int e, int swap,
                        Map<Long, Map<Integer, Scored>> spans, MatchKind kind) {
        for (int a : aliasOrdinals) {
            String alias = index.aliases.get(a);
            if (alias.length() != e - s || norm.regionMatches(s, alias, 0, alias.length())) continue;
            double base = soundScore(norm, plain, fuzzy, s, swap, alias, kind);
            if (base <= 0) continue;
            for (int code : index.postings[a]) {
                int ord = code >> 1;
                if (soundTyped[index.types[ord].ordinal()]) add(spans, s, e, ord, kind, base);
            }
        }
    }

    /** Base score of a sound match, or 0 when the re-check fails. Toned equality scores a little higher. */
    private double soundScore(String norm, int[] plain, int[] fuzzy, int s, int swap, String alias, MatchKind kind) {
        int differing = 0;
        boolean tonesEqual = true;
        for (int i = 0; i < alias.length(); i++) {
            int k = s + i == swap ? swap + 1 : s + i == swap + 1 && swap >= s ? swap : s + i;
            char m = norm.charAt(k);
            char c = alias.charAt(i);
            if (m == c) continue;
            int pc = table.plain(c);
            if (plain[k] == pc) {
                tonesEqual &= table.toned(m) == table.toned(c);
                continue;
            }
            if (kind == MatchKind.FUZZY_PINYIN && fuzzy[k] == table.fuzzy(c)) continue;
            if (kind != MatchKind.NEAR_HOMOPHONE || ++differing > 1 || !table.near(plain[k], pc)) return 0;
        }
        return switch (kind) {
            case HOMOPHONE -> tonesEqual ? config.homophoneScore() : config.homophoneScore() * 0.95;
            case FUZZY_PINYIN -> config.fuzzyScore();
            // one odd syllable weighs less in a longer mention: 3 chars → nearScore, 4 → a little more …
            case NEAR_HOMOPHONE -> differing == 1 ? config.nearScore() + (1 - config.nearScore()) * (alias.length() - 3) / alias.length() : 0;
            case TRANSPOSED -> config.transposedScore();
            default -> 1.0;
        };
    }

    private void add(Map<Long, Map<Integer, Scored>> spans, int s, int e, int ord, MatchKind kind, double base) {
        Map<Integer, Scored> byEntity = spans.computeIfAbsent((long) s << 32 | e, k -> new HashMap<>(4));
        Scored old = byEntity.get(ord);
        if (old == null || old.base < base) byEntity.put(ord, new Scored(ord, kind, base));
    }

    private double score(Scored s, int start, int end, Map<EntityType, List<int[]>> found, Set<EntityType> expected) {
        EntityType type = index.types[s.entity];
        int len = end - start;
        double lengthFactor = len >= 4 ? 1.0 : len == 3 ? 0.95 : 0.85;
        double base = s.kind == MatchKind.ALIAS ? s.base * 0.95 : s.base;
        double score = base * lengthFactor + config.popularityWeight() * index.popularity[s.entity];
        if (ContextCues.supports(found, type, start, end)) score += config.contextWeight();
        if (expected.contains(type)) score += config.expectedTypeWeight();
        return score;
    }

    private double minScore(MatchKind kind) {
        return kind == MatchKind.NAME || kind == MatchKind.ALIAS ? config.minScore() : config.minSoundScore();
    }

    private EntityLink toLink(String text, int start, int end, List<Scored> ranked) {
        Scored best = ranked.get(0);
        List<EntityLink.Candidate> alternatives = new ArrayList<>();
        boolean ambiguous = false;
        for (int i = 1; i < Math.min(ranked.size(), config.maxCandidates()); i++) {
            Scored c = ranked.get(i);
            alternatives.add(new EntityLink.Candidate(index.ids[c.entity], index.names[c.entity], index.types[c.entity], c.score, c.kind));
            if (best.score - c.score < config.ambiguityMargin()) ambiguous = true;
        }
        int safeEnd = Math.min(end, text.length());
        return new EntityLink(start, end, text.substring(start, safeEnd), index.ids[best.entity], index.names[best.entity],
                index.types[best.entity], best.score, best.kind, ambiguous, alternatives);
    }

    /**
     * Highest score plus a bonus per covered character first (a longer mention that explains more of the
     * utterance beats a short one inside it unless the short one is much better); a mention is taken when
     * it overlaps nothing taken so far.
     */
    private List<EntityLink> select(List<EntityLink> mentions) {
        List<EntityLink> byScore = new ArrayList<>(mentions);
        byScore.sort(Comparator.comparingDouble((EntityLink l) -> -(l.score() + config.coverBonus() * l.length()))
                .thenComparingInt(l -> -l.length()));
        List<EntityLink> chosen = new ArrayList<>();
        for (EntityLink l : byScore) {
            boolean overlaps = false;
            for (EntityLink c : chosen) if (l.start() < c.end() && c.start() < l.end()) overlaps = true;
            if (!overlaps) chosen.add(l);
        }
        chosen.sort(Comparator.comparingInt(EntityLink::start));
        return chosen;
    }

    /** A candidate while scoring. */
    private static final class Scored {
        final int entity;
        final MatchKind kind;
        final double base;
        double score;

        Scored(int entity, MatchKind kind, double base) {
            this.entity = entity;
            this.kind = kind;
            this.base = base;
        }
    }
}
