package io.xiaobu.dialog.knowledge;

import io.xiaobu.dialog.pipeline.LinkedEntity;
import io.xiaobu.dialog.stage.EntityLinker;
import io.xiaobu.dialog.stage.SlotTypeLookup;
import io.xiaobu.nlu.Slot;
import io.xiaobu.nlu.Understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Knowledge-dependent routing: "帮我放个原子弹" only makes sense once the graph says 原子弹 is a song.
 * A hypothesis whose slot expects a graph type ({@code kg.Song}, {@code kg.App} …) is re-scored by
 * what the linker found at that slot's words:
 *
 * <ol>
 *   <li>the words link to an entity of the expected type: the hypothesis is confirmed, its
 *       confidence combined with {@code confirm} as a noisy-or (less when the link is ambiguous);</li>
 *   <li>the words link only to entities of other specific types (a film where a song was expected): the
 *       hypothesis is demoted by {@code contradict}. A person or a generic thing is no such evidence: people's
 *       names sit inside and beside titles ("小白杨", "播放降央卓玛"), and the tens of thousands of generic
 *       things (KBQA subjects such as 蒲公英) are common words that titles reuse;</li>
 *   <li>no entity of the expected type is there, but the slot's words sound like one (为信 in the app slot
 *       of 打开为信 sounds like the app 微信, 威信 is a county but also sounds like it): the hypothesis is
 *       confirmed with {@code soundConfirm} and the slot takes that entity's name — speech recognisers write
 *       a name they do not know as words they do;</li>
 *   <li>nothing links there: the hypothesis keeps its confidence (the graph does not know everything).</li>
 * </ol>
 * The linked entity's id is attached to the slot, and the explanation says what the graph decided.
 */
public final class KnowledgeRouting {

    /**
     * @param confirm          noisy-or weight of a confirming link
     * @param ambiguousConfirm the same for a link the linker marked ambiguous
     * @param contradict       factor applied when the words are an entity of another type
     * @param maxConfidence    cap after confirmation
     * @param minCover         the least share of a slot's words an entity must cover to speak for it
     * @param soundConfirm     noisy-or weight of an entity of the expected type that the slot's words sound like
     */
    public record Settings(double confirm, double ambiguousConfirm, double contradict, double maxConfidence,
                           double minCover, double soundConfirm) {
        public static Settings defaults() {
            return new Settings(0.85, 0.50, 0.50, 0.97, 0.6, 0.50);
        }
    }

    /** Graph labels each {@code kg.*} slot type accepts. */
    private static final Map<String, List<String>> ACCEPTS = Map.of(
            "kg.singer", List.of("PERSON"), "kg.person", List.of("PERSON"), "kg.poet", List.of("PERSON"),
            "kg.tvchannel", List.of("TV"), "kg.tv", List.of("TV"), "kg.radio", List.of("THING"),
            "kg.stock", List.of("THING"));

    /** Entity types whose link never contradicts a slot's expected type (see the class comment). */
    private static final java.util.Set<String> NO_EVIDENCE_AGAINST = java.util.Set.of("PERSON", "THING");

    private final SlotTypeLookup types;
    private final Settings settings;
    private final EntityLinker sounds;

    /** @param sounds finds entities that a slot's words sound like ({@link EntityLinker#soundsLike}) */
    public KnowledgeRouting(SlotTypeLookup types, Settings settings, EntityLinker sounds) {
        this.types = types;
        this.settings = settings;
        this.sounds = sounds;
    }

    /** Re-scores the turn's hypotheses with its linked entities. */
    public List<Understanding> route(List<Understanding> hypotheses, io.xiaobu.dialog.pipeline.TurnContext turn) {
        return route(hypotheses, turn.entities());
    }

    public List<Understanding> route(List<Understanding> hypotheses, List<LinkedEntity> entities) {
        List<Understanding> out = new ArrayList<>(hypotheses.size());
        for (Understanding u : hypotheses) out.add(route(u, entities));
        return out;
    }

    private Understanding route(Understanding u, List<LinkedEntity> entities) {
        double confidence = u.confidence();
        List<Slot> slots = new ArrayList<>(u.slots().size());
        StringBuilder why = new StringBuilder(u.explanation() == null ? "" : u.explanation());
        for (Slot s : u.slots()) {
            Optional<String> type = types.typeOf(u.domain(), u.intent(), s.name()).filter(t -> t.startsWith("kg."));
            if (type.isEmpty()) {
                slots.add(s);
                continue;
            }
            List<LinkedEntity> at = at(entities, s);
            Optional<LinkedEntity> fits = at.stream().filter(e -> accepts(type.get(), e.type())).findFirst();
            Optional<LinkedEntity> soundsLike = fits.isPresent() ? Optional.empty() : soundsLike(s, type.get());
            Optional<LinkedEntity> against = at.stream().filter(e -> !NO_EVIDENCE_AGAINST.contains(e.type())).findFirst();
            if (fits.isEmpty() && soundsLike.isEmpty() && against.isEmpty()) {
                slots.add(s);
                continue;
            }
            if (soundsLike.isPresent()) {
                LinkedEntity e = soundsLike.get();
                confidence = Math.min(settings.maxConfidence(), 1 - (1 - confidence) * (1 - settings.soundConfirm()));
                slots.add(new Slot(s.name(), s.value(), e.canonicalName(), s.start(), s.end(), e.entityId()));
                why.append("; graph: ").append(s.value()).append(" sounds like ").append(e.type()).append(' ').append(e.canonicalName());
            } else if (fits.isPresent()) {
                LinkedEntity e = fits.get();
                double w = e.ambiguous() ? settings.ambiguousConfirm() : settings.confirm();
                confidence = Math.min(settings.maxConfidence(), 1 - (1 - confidence) * (1 - w));
                // the entity's words are the slot's value ("个原子弹" → "原子弹")
                slots.add(new Slot(s.name(), e.mention(), e.canonicalName(), e.start(), e.end(), e.entityId()));
                why.append("; graph: ").append(e.mention()).append(" is ").append(e.type()).append(' ').append(e.canonicalName());
            } else {
                confidence *= settings.contradict();
                slots.add(s);
                why.append("; graph: ").append(against.get().mention()).append(" is ").append(against.get().type())
                        .append(", not ").append(type.get());
            }
        }
        return new Understanding(u.domain(), u.intent(), slots, confidence, u.source(), why.toString());
    }

    /** An entity of the slot type's graph labels that all of the slot's words sound like. */
    private Optional<LinkedEntity> soundsLike(Slot s, String slotType) {
        if (s.value() == null || s.value().isBlank()) return Optional.empty();
        return sounds.soundsLike(s.value(), s.start(), s.end(), labelsOf(slotType));
    }

    /** The graph labels a {@code kg.*} slot type accepts: kg.Singer → PERSON, kg.App → APP. */
    static List<String> labelsOf(String slotType) {
        String t = slotType.toLowerCase(Locale.ROOT);
        return ACCEPTS.getOrDefault(t, List.of(t.substring(3).toUpperCase(Locale.ROOT)));
    }

    /**
     * Entities inside the slot's words that cover most of them: an open slot may have taken a
     * measure word or particle with the name ("个原子弹").
     */
    private List<LinkedEntity> at(List<LinkedEntity> entities, Slot s) {
        int length = s.end() - s.start();
        return entities.stream().filter(e -> e.start() >= s.start() && e.end() <= s.end()
                && (e.end() - e.start()) >= settings.minCover() * length).toList();
    }

    /** Whether a slot of {@code slotType} ({@code kg.App} …) takes an entity of the graph type {@code entityType} ({@code APP} …). */
    public static boolean accepts(String slotType, String entityType) {
        return labelsOf(slotType).contains(entityType);
    }
}
