package io.xiaobu.dialog.skills;

import io.xiaobu.dialog.pipeline.TurnContext;
import io.xiaobu.dialog.rank.Candidate;
import io.xiaobu.dialog.stage.CandidateSource;
import io.xiaobu.nlu.NormalizedText;
import io.xiaobu.nlu.Slot;
import io.xiaobu.nlu.Understanding;
import io.xiaobu.skills.sdk.model.CustomType;
import io.xiaobu.skills.sdk.model.SlotModel;
import io.xiaobu.skills.sdk.runtime.YesNo;
import io.xiaobu.skills.sdk.runtime.DialogState;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When a skill asked a question on the previous turn ("几点?", "删除所有闹钟?"), proposes the answer
 * to go back to that skill: a bare "七点" becomes the asked slot, "好的"/"算了" the confirmation. Only
 * an utterance that can answer the question is proposed — a time for a time slot (the time being most of what was
 * said: "北京今天天气怎么样" does not answer "几点?"), a listed value for
 * a list slot, yes/no for a confirmation, any words for a free-text slot, or a cancel — so a user who
 * moves on ("你好") is not held in the question. A new command the rules understand still outranks it.
 */
public final class PendingQuestionSource implements CandidateSource {

    private final SkillCatalog catalog;
    private final SlotNormalizer slots;
    private final double score;

    /** @param score the confidence of routing an answer to the pending question */
    public PendingQuestionSource(SkillCatalog catalog, SlotNormalizer slots, double score) {
        this.catalog = catalog;
        this.slots = slots;
        this.score = score;
    }

    @Override
    public String name() {
        return "pending-question";
    }

    @Override
    public List<Candidate> propose(TurnContext turn) {
        Map<String, Object> session = turn.session().attributes();
        DialogState pending = DialogState.from(session, DialogState.KEY);
        if (pending == null || catalog.skill(pending.skill()).isEmpty()) return List.of();
        String text = turn.text().text();
        List<Slot> answer = List.of();
        if (YesNo.isCancel(text)) {
            answer = List.of();
        } else if (pending.awaitsConfirmation()) {
            if (YesNo.classify(text) == YesNo.Answer.UNKNOWN) return List.of();
        } else if (pending.awaitsSlot()) {
            Optional<List<Slot>> filled = answerSlot(pending, turn.text(), turn.referenceTime());
            if (filled.isEmpty()) return List.of();
            answer = filled.get();
        }
        Understanding u = new Understanding(pending.skill(), pending.intent(), answer, score,
                SkillRuntimeFulfiller.PENDING_SOURCE, "answers the pending " + pending.await() + " question of " + pending.intent());
        return List.of(Candidate.dialog(u));
    }

    /** The asked slot filled from the utterance; empty when the utterance cannot answer it. */
    private Optional<List<Slot>> answerSlot(DialogState pending, NormalizedText said, ZonedDateTime reference) {
        String text = said.text();
        var skill = catalog.skill(pending.skill());
        Optional<SlotModel> asked = skill.flatMap(s -> s.model().intent(pending.intent())).flatMap(i -> i.slot(pending.slot()));
        if (asked.isEmpty() || text.isEmpty()) return Optional.empty();
        SlotModel slot = asked.get();
        int start = said.originalStart(0), end = said.originalEnd(text.length());
        if (SkillGrammars.RECOGNIZED.contains(slot.type())) {
            return slots.normalizeAnswer(slot.type(), text, reference)
                    .map(v -> List.of(new Slot(slot.name(), text, v, start, end, null)));
        }
        Optional<CustomType> list = skill.get().model().type(slot.type());
        if (list.isPresent()) {
            for (CustomType.Value v : list.get().values()) {
                for (String word : words(v)) {
                    if (!word.isEmpty() && text.contains(word)) return Optional.of(List.of(new Slot(slot.name(), word, v.value(), start, end, null)));
                }
            }
            return Optional.empty();
        }
        return Optional.of(List.of(new Slot(slot.name(), text, text, start, end, null)));
    }

    private static List<String> words(CustomType.Value v) {
        List<String> out = new java.util.ArrayList<>(v.synonyms());
        out.add(0, v.value());
        return out;
    }
}
