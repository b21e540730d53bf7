package io.xiaobu.dialog.pipeline;

import io.xiaobu.dialog.api.Outcome;
import io.xiaobu.dialog.api.TurnResponse;
import io.xiaobu.dialog.rank.FusionRanker;
import io.xiaobu.nlu.Slot;

import java.util.ArrayList;
import java.util.List;

/** Builds the device response (always with its trace; the service strips it unless debug is asked). */
final class TurnResponses {

    private TurnResponses() {
    }

    static TurnResponse from(TurnContext turn) {
        Fulfilment f = turn.fulfilment();
        List<TurnResponse.SlotValue> slots = new ArrayList<>();
        for (Slot s : f.slots()) {
            slots.add(new TurnResponse.SlotValue(s.name(), s.value(), s.normalized(), s.start(), s.end(), s.entityId()));
        }
        TurnResponse.Reply reply = f.outcome() == Outcome.REJECTED || (f.text() == null && f.tts() == null)
                ? null : new TurnResponse.Reply(f.text(), f.tts());
        return new TurnResponse(turn.request().requestId(), turn.session().sessionId(), f.outcome(), f.skill(),
                f.intent(), slots, reply, f.directives(), f.confidence(), trace(turn));
    }

    private static TurnResponse.Trace trace(TurnContext turn) {
        List<TurnResponse.StageTiming> stages = turn.trace().stream()
                .map(t -> new TurnResponse.StageTiming(t.stage(), t.micros(), t.note())).toList();
        List<TurnResponse.HypothesisView> hypotheses = turn.hypotheses().stream()
                .map(u -> new TurnResponse.HypothesisView(u.domain(), u.intent(), u.confidence(), u.source(), u.explanation()))
                .toList();
        List<TurnResponse.CandidateView> candidates = new ArrayList<>();
        FusionRanker.Decision d = turn.decision();
        if (d != null) {
            for (FusionRanker.Ranked r : d.ranked()) {
                var c = r.candidate();
                candidates.add(new TurnResponse.CandidateView(c.source().name().toLowerCase(), c.skill(), c.intent(),
                        c.score(), r.priority(), r == d.winner(), c.explanation()));
            }
            for (var c : turn.candidates()) {
                if (d.ranked().stream().noneMatch(r -> r.candidate() == c)) {
                    candidates.add(new TurnResponse.CandidateView(c.source().name().toLowerCase(), c.skill(), c.intent(),
                            c.score(), -1, false, "dropped below its threshold: " + c.explanation()));
                }
            }
        }
        String decision = turn.rejectionReason() != null ? "rejected: " + turn.rejectionReason()
                : d != null ? d.reason() : "no ranking";
        return new TurnResponse.Trace(stages, candidates, decision, turn.text().text(), hypotheses);
    }
}
