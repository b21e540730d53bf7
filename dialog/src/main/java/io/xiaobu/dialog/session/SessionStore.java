package io.xiaobu.dialog.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import java.time.Duration;
import java.util.UUID;

/**
 * Holds live sessions in memory with an idle timeout and a size bound (least recently used
 * sessions go first). A session id presented by another user is never handed over: that user gets
 * a fresh session of their own.
 */
public final class SessionStore {

    /** @param idleTimeout a session untouched this long is forgotten; @param maxSessions bound on memory */
    public record Settings(Duration idleTimeout, long maxSessions, int maxHistory) {
        public static Settings defaults() {
            return new Settings(Duration.ofMinutes(5), 200_000, 8);
        }
    }

    private final Cache<String, SessionState> sessions;
    private final int maxHistory;

    public SessionStore(Settings settings) {
        this(settings, Ticker.systemTicker());
    }

    /** @param ticker the clock idle time is measured with (tests pass a manual one) */
    public SessionStore(Settings settings, Ticker ticker) {
        this.maxHistory = settings.maxHistory();
        this.sessions = Caffeine.newBuilder()
                .ticker(ticker)
                .executor(Runnable::run)
                .expireAfterAccess(settings.idleTimeout())
                .maximumSize(settings.maxSessions())
                .build();
    }

    /**
     * The session to use for this turn: the named one when it exists and belongs to this user,
     * otherwise a new one (under the requested id when given, so the device keeps its id).
     */
    public SessionState open(String requestedId, String userId) {
        String id = requestedId != null ? requestedId : UUID.randomUUID().toString();
        String key = userId + "\u0000" + id;
        return sessions.get(key, k -> new SessionState(id, userId, maxHistory));
    }

    public long size() {
        sessions.cleanUp();
        return sessions.estimatedSize();
    }
}
