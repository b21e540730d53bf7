package io.xiaobu.dialog.skills;

import io.xiaobu.dialog.pipeline.LinkedEntity;
import io.xiaobu.dialog.pipeline.TurnContext;
import io.xiaobu.dialog.rank.Candidate;
import io.xiaobu.dialog.session.SessionState;
import io.xiaobu.dialog.stage.CandidateSource;
import io.xiaobu.nlu.NormalizedText;
import io.xiaobu.nlu.Slot;
import io.xiaobu.nlu.Understanding;
import io.xiaobu.skills.sdk.model.CustomType;
import io.xiaobu.skills.sdk.model.IntentModel;
import io.xiaobu.skills.sdk.model.SlotModel;
import io.xiaobu.skills.sdk.runtime.DialogState;
import io.xiaobu.time.Mention;
import io.xiaobu.time.TimeNormalizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A follow-up on the task the previous turn completed, said as only what changes: "北京明天天气怎么样" then "那上海呢"
 * or "后天呢"; "把音量调大一点" then "再大一点". The words must be values of that intent's own slots — a time for its
 * time slot, a value of one of its lists, a place the graph linked for its place slot — with nothing else said but the
 * little words of a follow-up (那, 再, 呢, 一点 …). The skill runtime then carries the other slots over from the last
 * turn. A command the rules understand still outranks it. "改成七点半" is not a follow-up but a change, which the
 * skill's own change intent reads (a second alarm at 07:30 is not what was asked).
 */
public final class FollowUpSource implements CandidateSource {

    /** The source name of a follow-up candidate (the fulfiller lets the runtime carry the last turn's slots over). */
    public static final String SOURCE = "followup";

    /** What a follow-up may say besides the new values, longest first. */
    private static final List<String> FRAMING = List.of("如果是", "那要是", "怎么样", "那么", "一点", "一些",
            "点儿", "的呢", "要是", "如何", "那", "再", "呢", "吧", "呀", "啊", "的", "点");

    private static final Set<String> PLACE_TYPES = Set.of("sys.city", "kg.Place", "kg.City");
    private static final int MAX_CHARS = 12;

    private final SkillCatalog catalog;
    private final TimeNormalizer time;
    private final double score;

    /** @param score the confidence of a follow-up (below a full rule match, above the model's guesses) */
    public FollowUpSource(SkillCatalog catalog, TimeNormalizer time, double score) {
        this.catalog = catalog;
        this.time = time;
        this.score = score;
    }

    @Override
    public String name() {
        return "follow-up";
    }

    @Override
    public List<Candidate> propose(TurnContext turn) {
        var session = turn.session();
        if (DialogState.from(session.attributes(), DialogState.KEY) != null) return List.of(); // a question waits
        DialogState last = DialogState.from(session.attributes(), DialogState.LAST);
        List<SessionState.PastTurn> history = session.history();
        if (last == null || history.isEmpty() || !last.skill().equals(history.getLast().skill())) return List.of();
        IntentModel intent = catalog.skill(last.skill()).flatMap(s -> s.model().intent(last.intent())).orElse(null);
        NormalizedText said = turn.text();
        String text = said.text();
        if (intent == null || text.isEmpty() || text.length() > MAX_CHARS) return List.of();

        boolean[] taken = new boolean[text.length()];
        List<Slot> found = new ArrayList<>();
        for (SlotModel slot : intent.slots()) {
            Optional<int[]> span = SkillGrammars.TIME_TYPES.contains(slot.type()) ? timeSpan(slot.type(), text, turn)
                    : PLACE_TYPES.contains(slot.type()) ? placeSpan(turn.entities(), said)
                    : listSpan(last.skill(), slot.type(), text);
            span.filter(s -> free(taken, s)).ifPresent(s -> {
                for (int i = s[0]; i < s[1]; i++) taken[i] = true;
                int start = said.originalStart(s[0]), end = said.originalEnd(s[1]);
                found.add(new Slot(slot.name(), said.original().substring(start, end), null, start, end, null));
            });
        }
        if (found.isEmpty() || !onlyFraming(text, taken)) return List.of();
        Understanding u = new Understanding(last.skill(), last.intent(), found, score, SOURCE,
                "follows up on " + last.intent() + " with " + found.stream().map(s -> s.name() + "=" + s.value()).toList());
        return List.of(Candidate.dialog(u));
    }

    private Optional<int[]> timeSpan(String type, String text, TurnContext turn) {
        try {
            return time.normalizeSlot(type, text, turn.referenceTime()).map((Mention m) -> new int[]{m.start(), m.end()});
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A specific place the linker found (上海), as a span of the normalised text. */
    private static Optional<int[]> placeSpan(List<LinkedEntity> entities, NormalizedText said) {
        for (LinkedEntity e : entities) {
            if (!"PLACE".equals(e.type())) continue;
            for (int s = 0; s < said.text().length(); s++) {
                if (said.originalStart(s) != e.start()) continue;
                for (int t = s + 1; t <= said.text().length(); t++) {
                    if (said.originalEnd(t) == e.end()) return Optional.of(new int[]{s, t});
                }
            }
        }
        return Optional.empty();
    }

    /** The longest value or synonym of the skill's list type found in the text. */
    private Optional<int[]> listSpan(String skill, String type, String text) {
        Optional<CustomType> list = catalog.skill(skill).flatMap(s -> s.model().type(type));
        if (list.isEmpty()) return Optional.empty();
        List<String> words = new ArrayList<>();
        for (CustomType.Value v : list.get().values()) {
            words.add(v.value());
            words.addAll(v.synonyms());
        }
        words.sort(Comparator.comparingInt(String::length).reversed());
        for (String w : words) {
            int at = w.isEmpty() ? -1 : text.indexOf(w);
            if (at >= 0) return Optional.of(new int[]{at, at + w.length()});
        }
        return Optional.empty();
    }

    private static boolean free(boolean[] taken, int[] span) {
        for (int i = span[0]; i < span[1]; i++) if (taken[i]) return false;
        return true;
    }

    /** Whether what the slots did not take is only the little words of a follow-up. */
    private static boolean onlyFraming(String text, boolean[] taken) {
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < text.length(); i++) rest.append(taken[i] ? '\u0000' : text.charAt(i));
        String r = rest.toString();
        for (String w : FRAMING) r = r.replace(w, "");
        return r.replace("\u0000", "").isEmpty();
    }
}
