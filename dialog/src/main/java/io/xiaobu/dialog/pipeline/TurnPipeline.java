package io.xiaobu.dialog.pipeline;

import io.xiaobu.dialog.api.TurnRequest;
import io.xiaobu.dialog.api.TurnRequestValidator;
import io.xiaobu.dialog.api.TurnResponse;
import io.xiaobu.dialog.session.SessionState;
import io.xiaobu.dialog.session.SessionStore;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The whole life of a turn, in one place. Read {@link #handle} top to bottom:
 *
 * <pre>
 *   reject → contextualise → link → understand → candidates → rank → fulfil → respond → record
 * </pre>
 *
 * The decision stages run in order until one of them decides the turn (a rejection, a question
 * back); then {@code respond} shapes the reply for the device and updates the session, and the
 * listener records the turn. Turns of one session are processed one at a time.
 */
public final class TurnPipeline {

    /** The stages, one per step, in the order they run. */
    public record Stages(Stage reject, Stage contextualise, Stage link, Stage understand, Stage candidates,
                         Stage rank, Stage fulfil, Stage respond) {
    }

    private record Step(String name, Stage stage) {
    }

    private final List<Step> decisionSteps;
    private final Step respond;
    private final SessionStore sessions;
    private final TurnListener listener;
    private final Clock clock;
    private final ZoneId defaultZone;

    public TurnPipeline(Stages stages, SessionStore sessions, TurnListener listener, Clock clock, ZoneId defaultZone) {
        this.decisionSteps = List.of(
                new Step("reject", stages.reject()),               // not meant for the assistant? stop here
                new Step("contextualise", stages.contextualise()), // normalise the text, bring in the session
                new Step("link", stages.link()),                   // mentions → knowledge-graph entities
                new Step("understand", stages.understand()),       // rules + model (reading the entities) → intent hypotheses
                new Step("candidates", stages.candidates()),       // skills, graph, chat: every possible answer
                new Step("rank", stages.rank()),                   // the fusion ranker picks one, or asks back
                new Step("fulfil", stages.fulfil()));              // the chosen skill acts
        this.respond = new Step("respond", stages.respond());      // reply + directives for this device
        this.sessions = sessions;
        this.listener = listener;
        this.clock = clock;
        this.defaultZone = defaultZone;
    }

    /** Runs one validated request through every stage and returns the response with its trace. */
    public TurnResponse handle(TurnRequest request) {
        SessionState session = sessions.open(request.sessionId(), request.userId());
        session.lock().lock();
        TurnContext turn = null;
        try {
            turn = new TurnContext(request, session, clock.instant(), referenceTime(request));
            boolean decided = false;
            for (Step step : decisionSteps) {
                if (decided) {
                    turn.traced(new TurnContext.StageTrace(step.name(), 0, "skipped: turn already decided", false));
                } else {
                    decided = run(step, turn);
                }
            }
            run(respond, turn);
            TurnResponse response = TurnResponses.from(turn);
            listener.turnEnded(turn, response);                    // record
            return response;
        } catch (RuntimeException | Error e) {
            if (turn != null) listener.turnFailed(turn, e);
            throw e;
        } finally {
            session.lock().unlock();
        }
    }

    /**
     * Understands a request without acting on it: the decision stages up to the ranker's choice,
     * no skill is called, nothing is said, remembered or recorded. For the skill test kit.
     */
    public TurnContext dryRun(TurnRequest request, SessionState scratch) {
        TurnContext turn = new TurnContext(request, scratch, clock.instant(), referenceTime(request));
        for (Step step : decisionSteps) {
            if (step.name().equals("fulfil") || run(step, turn)) break;
        }
        return turn;
    }

    private static boolean run(Step step, TurnContext turn) {
        long start = System.nanoTime();
        StageResult result;
        try {
            result = step.stage().process(turn);
        } catch (RuntimeException e) {
            throw new IllegalStateException("stage '" + step.name() + "' failed: " + e.getMessage(), e);
        }
        long micros = (System.nanoTime() - start) / 1_000;
        turn.traced(new TurnContext.StageTrace(step.name(), micros, result.note(), result.decided()));
        return result.decided();
    }

    private ZonedDateTime referenceTime(TurnRequest request) {
        ZoneId zone = request.timezone() != null ? ZoneId.of(request.timezone()) : defaultZone;
        Instant at = request.timestamp() != null ? TurnRequestValidator.parseInstant(request.timestamp()) : null;
        return (at != null ? at : clock.instant()).atZone(zone);
    }
}
