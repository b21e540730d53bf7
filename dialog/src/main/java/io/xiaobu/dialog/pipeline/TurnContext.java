package io.xiaobu.dialog.pipeline;

import io.xiaobu.dialog.api.TurnRequest;
import io.xiaobu.dialog.rank.Candidate;
import io.xiaobu.dialog.rank.FusionRanker;
import io.xiaobu.dialog.session.SessionState;
import io.xiaobu.nlu.NormalizedText;
import io.xiaobu.nlu.Understanding;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one turn knows, shared by the stages in order: the request, its session, what each
 * stage found, and the trace. Owned by one thread for the duration of the turn.
 */
public final class TurnContext {

    /** One stage's trace entry. */
    public record StageTrace(String stage, long micros, String note, boolean decided) {
    }

    private final TurnRequest request;
    private final SessionState session;
    private final Instant receivedAt;
    private final ZonedDateTime referenceTime;

    private String rejectionReason;
    private NormalizedText text;
    private List<Understanding> hypotheses = List.of();
    private List<FollowingCommand> followingCommands = List.of();
    private List<LinkedEntity> entities = List.of();
    private float[] sentenceEmbedding;
    private double rejectProbability = Double.NaN;
    private double nonTaskProbability = Double.NaN;
    private final List<Candidate> candidates = new ArrayList<>();
    private FusionRanker.Decision decision;
    private Fulfilment fulfilment;
    private final List<StageTrace> trace = new ArrayList<>();

    public TurnContext(TurnRequest request, SessionState session, Instant receivedAt, ZonedDateTime referenceTime) {
        this.request = request;
        this.session = session;
        this.receivedAt = receivedAt;
        this.referenceTime = referenceTime;
        this.text = NormalizedText.identity(request.asr().text());
    }

    public TurnRequest request() {
        return request;
    }

    public SessionState session() {
        return session;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** The user's "now": the request timestamp (or arrival time) in the user's time zone. */
    public ZonedDateTime referenceTime() {
        return referenceTime;
    }

    public ZoneId zone() {
        return referenceTime.getZone();
    }

    public NormalizedText text() {
        return text;
    }

    public void setText(NormalizedText text) {
        this.text = text;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public void reject(String reason, double confidence) {
        this.rejectionReason = reason;
        this.fulfilment = Fulfilment.rejected(confidence);
    }

    public List<Understanding> hypotheses() {
        return hypotheses;
    }

    public void setHypotheses(List<Understanding> hypotheses) {
        this.hypotheses = List.copyOf(hypotheses);
    }

    /**
     * The shared backbone's sentence embedding of this turn's text, when the model ran in the understand
     * stage (null when the rules decided alone); later stages reuse it instead of a second backbone pass.
     */
    public float[] sentenceEmbedding() {
        return sentenceEmbedding;
    }

    public void setSentenceEmbedding(float[] sentenceEmbedding) {
        this.sentenceEmbedding = sentenceEmbedding;
    }

    /**
     * The model's probability that this input was not meant for the assistant (side talk, noise, TTS
     * echo), from its reject head and the recogniser's signals; NaN when no model with a reject head ran.
     */
    public double rejectProbability() {
        return rejectProbability;
    }

    public void setRejectProbability(double rejectProbability) {
        this.rejectProbability = rejectProbability;
    }

    /**
     * The model's probability that this input asks no skill for anything (chit-chat or an open question for
     * the graph / retrieval): the mass of its intent labels that map to no skill; NaN when no model ran.
     */
    public double nonTaskProbability() {
        return nonTaskProbability;
    }

    public void setNonTaskProbability(double nonTaskProbability) {
        this.nonTaskProbability = nonTaskProbability;
    }

    public List<LinkedEntity> entities() {
        return entities;
    }

    public void setEntities(List<LinkedEntity> entities) {
        this.entities = List.copyOf(entities);
    }

    public List<Candidate> candidates() {
        return candidates;
    }

    public void addCandidates(List<Candidate> more) {
        candidates.addAll(more);
    }

    public FusionRanker.Decision decision() {
        return decision;
    }

    public void setDecision(FusionRanker.Decision decision) {
        this.decision = decision;
    }

    /**
     * The commands said after the first one in the same breath ("关掉WiFi然后打开蓝牙": 打开蓝牙), carried out
     * in order once the first is; empty for one request.
     */
    public List<FollowingCommand> followingCommands() {
        return followingCommands;
    }

    public void setFollowingCommands(List<FollowingCommand> commands) {
        this.followingCommands = List.copyOf(commands);
    }

    public Fulfilment fulfilment() {
        return fulfilment;
    }

    public void fulfil(Fulfilment fulfilment) {
        this.fulfilment = fulfilment;
    }

    public List<StageTrace> trace() {
        return trace;
    }

    void traced(StageTrace entry) {
        trace.add(entry);
    }
}
