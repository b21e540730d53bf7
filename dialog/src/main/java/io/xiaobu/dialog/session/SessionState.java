package io.xiaobu.dialog.session;

import io.xiaobu.nlu.Slot;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The short-term state of one dialogue session: the last few turns, what the assistant is waiting
 * for (a slot, a confirmation), and attributes skills keep between turns.
 *
 * <p>Not thread-safe by itself: the pipeline holds {@link #lock()} for the whole turn, so turns of
 * one session are processed one at a time, in arrival order.
 */
public final class SessionState {

    /** One past turn as later turns need it. */
    public record PastTurn(Instant at, String userText, String replyText, String skill, String intent, List<Slot> slots) {
    }

    private final String sessionId;
    private final String userId;
    private final int maxHistory;
    private final Deque<PastTurn> history = new ArrayDeque<>();
    private final Map<String, Object> attributes = new HashMap<>();
    private final ReentrantLock lock = new ReentrantLock(true);

    SessionState(String sessionId, String userId, int maxHistory) {
        this.sessionId = sessionId;
        this.userId = userId;
        this.maxHistory = maxHistory;
    }

    public String sessionId() {
        return sessionId;
    }

    /** The user who owns the session; a session is never shared between users. */
    public String userId() {
        return userId;
    }

    public ReentrantLock lock() {
        return lock;
    }

    /** Adds a finished turn, dropping the oldest beyond the bound. */
    public void remember(PastTurn turn) {
        history.addLast(turn);
        while (history.size() > maxHistory) history.removeFirst();
    }

    /** Past turns, oldest first. */
    public List<PastTurn> history() {
        return List.copyOf(history);
    }

    /** The previous turn, or {@code null} at the start of the session. */
    public PastTurn lastTurn() {
        return history.peekLast();
    }

    /** Skill and pipeline attributes that live as long as the session (pending slot, confirmation …). */
    public Map<String, Object> attributes() {
        return attributes;
    }
}
