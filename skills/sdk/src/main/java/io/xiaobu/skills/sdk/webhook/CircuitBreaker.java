package io.xiaobu.skills.sdk.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calling a failing webhook: after {@code threshold} consecutive failures the circuit opens
 * and calls are refused at once for {@code cooldown}; then a single probe is let through
 * (half-open) and its result closes or re-opens the circuit. Thread-safe.
 */
public final class CircuitBreaker {

    /** Circuit states. */
    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int threshold;
    private final Duration cooldown;
    private final Clock clock;
    private State state = State.CLOSED;
    private int failures;
    private Instant openedAt = Instant.EPOCH;
    private boolean probing;

    public CircuitBreaker(int threshold, Duration cooldown, Clock clock) {
        this.threshold = Math.max(1, threshold);
        this.cooldown = cooldown;
        this.clock = clock;
    }

    /** Whether a call may go out now. */
    public synchronized boolean allow() {
        if (state == State.OPEN && !clock.instant().isBefore(openedAt.plus(cooldown))) {
            state = State.HALF_OPEN;
            probing = false;
        }
        if (state == State.HALF_OPEN) {
            if (probing) return false;
            probing = true;
            return true;
        }
        return state == State.CLOSED;
    }

    public synchronized void success() {
        state = State.CLOSED;
        failures = 0;
        probing = false;
    }

    public synchronized void failure() {
        failures++;
        if (state == State.HALF_OPEN || failures >= threshold) {
            state = State.OPEN;
            openedAt = clock.instant();
            probing = false;
        }
    }

    public synchronized State state() {
        return state;
    }
}
