package io.xiaobu.dialog.skills;

import io.xiaobu.dialog.pipeline.TurnContext;
import io.xiaobu.dialog.rank.Candidate;
import io.xiaobu.dialog.stage.CandidateSource;
import io.xiaobu.nlu.NormalizedText;
import io.xiaobu.nlu.Slot;
import io.xiaobu.nlu.Understanding;
import io.xiaobu.skills.sdk.model.SlotModel;
import io.xiaobu.skills.sdk.runtime.DialogState;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When a skill asked a question on the previous turn ("几点?", "删除所有闹钟?"), proposes the answer
 * to go back to that skill: a bare "七点" becomes the asked slot, "好的"/"算了" the confirmation. A
 * new command that the rules understand still outranks it.
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
        List<Slot> answer = pending.awaitsSlot() ? answerSlot(pending, turn.text(), turn.referenceTime()) : List.of();
        Understanding u = new Understanding(pending.skill(), pending.intent(), answer, score,
                SkillRuntimeFulfiller.PENDING_SOURCE, "answers the pending " + pending.await() + " question of " + pending.intent());
        return List.of(Candidate.dialog(u));
    }

    private List<Slot> answerSlot(DialogState pending, NormalizedText said, ZonedDateTime reference) {
        String text = said.text();
        Optional<SlotModel> asked = catalog.skill(pending.skill())
                .flatMap(s -> s.model().intent(pending.intent())).flatMap(i -> i.slot(pending.slot()));
        if (asked.isEmpty() || text.isEmpty()) return List.of();
        SlotModel slot = asked.get();
        if (SkillGrammars.RECOGNIZED.contains(slot.type())) {
            return slots.normalize(slot.type(), text, reference)
                    .map(v -> List.of(new Slot(slot.name(), text, v, said.originalStart(0), said.originalEnd(text.length()), null)))
                    .orElse(List.of());
        }
        return List.of(new Slot(slot.name(), text, text, said.originalStart(0), said.originalEnd(text.length()), null));
    }
}
