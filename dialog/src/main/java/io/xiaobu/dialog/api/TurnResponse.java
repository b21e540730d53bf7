package io.xiaobu.dialog.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * What the service answers for one turn.
 *
 * @param outcome    answered, rejected (not meant for the assistant), clarify (asks back) or unsupported
 * @param confidence the confidence of the chosen understanding or answer, in [0, 1]
 * @param trace      only with {@code ?debug=true}: every stage, its latency, every candidate and the ranking
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TurnResponse(String requestId, String sessionId, Outcome outcome, String skill, String intent,
                           List<SlotValue> slots, Reply reply, List<Directive> directives, double confidence,
                           Trace trace) {

    public TurnResponse withoutTrace() {
        return trace == null ? this
                : new TurnResponse(requestId, sessionId, outcome, skill, intent, slots, reply, directives, confidence, null);
    }

    /** A slot as the device sees it; spans index the request's {@code asr.text}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SlotValue(String name, String value, String normalized, int start, int end, String entityId) {
    }

    /** What to show and what to say; {@code text} is null on devices without a screen. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reply(String text, String tts) {
    }

    /** An action for the device to carry out, e.g. {@code alarm.set} with its payload. */
    public record Directive(String type, Map<String, Object> payload) {
    }

    /** The debug trace: stages in order, the candidates and why the winner won. */
    public record Trace(List<StageTiming> stages, List<CandidateView> candidates, String decision,
                        String normalizedText, List<HypothesisView> hypotheses) {
    }

    /** One stage: its name, wall time in microseconds and a note (what it did, or why it did nothing). */
    public record StageTiming(String name, long micros, String note) {
    }

    /** One understanding hypothesis as the trace shows it. */
    public record HypothesisView(String domain, String intent, double confidence, String source, String explanation) {
    }

    /** One candidate answer as the trace shows it. */
    public record CandidateView(String source, String skill, String intent, double score, int priority,
                                boolean chosen, String explanation) {
    }
}
