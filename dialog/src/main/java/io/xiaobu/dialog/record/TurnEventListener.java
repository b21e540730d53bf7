package io.xiaobu.dialog.record;

import io.xiaobu.dialog.api.Outcome;
import io.xiaobu.dialog.api.TurnRequest;
import io.xiaobu.dialog.api.TurnResponse;
import io.xiaobu.dialog.pipeline.TurnContext;
import io.xiaobu.dialog.pipeline.TurnListener;
import io.xiaobu.dialog.rank.Candidate;
import io.xiaobu.dialog.rank.FusionRanker;
import io.xiaobu.events.TurnEvent;
import io.xiaobu.events.TurnEventBuilder;
import io.xiaobu.events.TurnRecorder;
import io.xiaobu.nlu.Understanding;

import java.util.Map;

/**
 * Records every turn — answered, rejected or failed — as one {@link TurnEvent}. The recorder only
 * enqueues on the turn thread; the sinks (JSONL log, Kafka) work off it.
 */
public final class TurnEventListener implements TurnListener {

    private final TurnRecorder recorder;
    private final Map<String, String> modelVersions;

    /** @param modelVersions name → version of every model serving turns, stamped on each event */
    public TurnEventListener(TurnRecorder recorder, Map<String, String> modelVersions) {
        this.recorder = recorder;
        this.modelVersions = Map.copyOf(modelVersions);
    }

    @Override
    public void turnEnded(TurnContext turn, TurnResponse response) {
        TurnEventBuilder b = common(turn)
                .outcome(outcome(response.outcome()))
                .skill(response.skill())
                .intent(response.intent())
                .confidence(response.confidence());
        for (TurnResponse.SlotValue s : response.slots()) {
            b.slot(new TurnEvent.Slot(s.name(), s.value(), s.normalized(), s.start(), s.end(), s.entityId()));
        }
        if (response.reply() != null) b.reply(new TurnEvent.Reply(response.reply().text(), response.reply().tts()));
        for (TurnResponse.Directive d : response.directives()) b.directive(new TurnEvent.Directive(d.type(), d.payload()));
        recorder.record(b.build());
    }

    @Override
    public void turnFailed(TurnContext turn, Throwable error) {
        recorder.record(common(turn).outcome(TurnEvent.Outcome.UNSUPPORTED)
                .error(error.getClass().getSimpleName() + ": " + error.getMessage()).build());
    }

    private TurnEventBuilder common(TurnContext turn) {
        TurnRequest r = turn.request();
        TurnEventBuilder b = TurnEvent.builder()
                .requestId(r.requestId()).userId(r.userId()).deviceId(r.deviceId())
                .sessionId(turn.session().sessionId()).receivedAt(turn.receivedAt()).timezone(turn.zone().getId())
                .device(new TurnEvent.Device(r.device().type().wireName(), r.device().locale(), r.device().capabilities()))
                .asr(new TurnEvent.Asr(r.asr().text(), r.asr().confidence(),
                        r.asr().nbest().stream().map(n -> new TurnEvent.NBest(n.text(), n.score() == null ? 0 : n.score())).toList(),
                        r.asr().audioMs(), r.asr().snrDb(), r.asr().endpointReason()))
                .normalizedText(turn.text().text());
        for (Understanding u : turn.hypotheses()) {
            b.hypothesis(new TurnEvent.Hypothesis(u.domain(), u.intent(), u.confidence(), u.source(), u.explanation()));
        }
        FusionRanker.Decision d = turn.decision();
        for (Candidate c : turn.candidates()) {
            boolean chosen = d != null && d.winner() != null && d.winner().candidate() == c;
            b.candidate(new TurnEvent.Candidate(c.source().name().toLowerCase(), c.skill(), c.intent(), c.score(),
                    c.features(), c.explanation(), chosen));
        }
        long total = 0;
        for (TurnContext.StageTrace t : turn.trace()) {
            b.stage(t.stage(), t.micros(), t.note());
            total += t.micros();
        }
        modelVersions.forEach(b::model);
        return b.totalMicros(total);
    }

    private static TurnEvent.Outcome outcome(Outcome o) {
        return switch (o) {
            case ANSWERED -> TurnEvent.Outcome.ANSWERED;
            case REJECTED -> TurnEvent.Outcome.REJECTED;
            case CLARIFY -> TurnEvent.Outcome.CLARIFY;
            case UNSUPPORTED -> TurnEvent.Outcome.UNSUPPORTED;
        };
    }
}
