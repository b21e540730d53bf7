package io.xiaobu.dialog.skills;

import io.xiaobu.dialog.Assistant;
import io.xiaobu.dialog.api.DeviceType;
import io.xiaobu.dialog.api.TurnRequest;
import io.xiaobu.dialog.pipeline.TurnContext;
import io.xiaobu.dialog.rank.Candidate;
import io.xiaobu.dialog.session.SessionState;
import io.xiaobu.dialog.session.SessionStore;
import io.xiaobu.skills.sdk.SkillRequest;
import io.xiaobu.skills.sdk.testkit.Interpretation;
import io.xiaobu.skills.sdk.testkit.Understander;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The skill test kit's understanding step backed by the real pipeline: normalisation, rule grammar,
 * model, entity linking, knowledge routing and the ranker decide what an utterance means, exactly as
 * in the service, but nothing is carried out, said or recorded.
 */
public final class PipelineUnderstander implements Understander {

    private final Assistant assistant;
    private final SkillRuntimeFulfiller requests;
    private final SessionStore scratch = new SessionStore(SessionStore.Settings.defaults());
    private final ZonedDateTime now;

    /** @param now the reference time utterances are understood at ("明天" …); null for the clock's */
    public PipelineUnderstander(Assistant assistant, ZonedDateTime now) {
        this.assistant = assistant;
        this.requests = assistant.skills().filter(SkillRuntimeFulfiller.class::isInstance)
                .map(SkillRuntimeFulfiller.class::cast)
                .orElseThrow(() -> new IllegalArgumentException("the assistant has no skill runtime"));
        this.now = now;
    }

    @Override
    public Optional<Interpretation> understand(String utterance, Map<String, Object> session) {
        SessionState state = scratch.open(UUID.randomUUID().toString(), "testkit");
        state.attributes().putAll(session);
        TurnRequest request = new TurnRequest(UUID.randomUUID().toString(), "testkit", "testkit", state.sessionId(),
                now == null ? null : now.toOffsetDateTime().toString(), now == null ? null : now.getZone().getId(),
                new TurnRequest.Device(DeviceType.PHONE, "zh-CN", List.of("screen")),
                new TurnRequest.Asr(utterance, null, null, null, null, null), Map.of());
        TurnContext turn = assistant.pipeline().dryRun(request, state);
        if (turn.decision() == null || turn.decision().winner() == null) return Optional.empty();
        Candidate chosen = turn.decision().winner().candidate();
        if (!chosen.needsSkill() || !requests.handles(chosen.skill())) return Optional.empty();
        SkillRequest r = requests.request(turn, chosen);
        return Optional.of(new Interpretation(r.skillId(), r.intent(), r.slots()));
    }
}
