package io.xiaobu.dialog.session;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class SessionStoreTest {

    private static SessionState.PastTurn turn(String text) {
        return new SessionState.PastTurn(Instant.now(), text, "好的", "s", "i", List.of());
    }

    @Test
    void aSessionIsForgottenAfterItsIdleTimeout() {
        AtomicLong nanos = new AtomicLong();
        SessionStore store = new SessionStore(new SessionStore.Settings(Duration.ofMinutes(5), 100, 4), nanos::get);
        store.open("s1", "u1").remember(turn("你好"));
        nanos.addAndGet(Duration.ofMinutes(4).toNanos());
        assertThat(store.open("s1", "u1").history()).hasSize(1);
        nanos.addAndGet(Duration.ofMinutes(5).plusSeconds(1).toNanos());
        assertThat(store.open("s1", "u1").history()).isEmpty();
    }

    @Test
    void historyIsBounded() {
        SessionState s = new SessionStore(new SessionStore.Settings(Duration.ofMinutes(5), 100, 3)).open("s", "u");
        for (int i = 0; i < 10; i++) s.remember(turn("第" + i + "句"));
        assertThat(s.history()).extracting(SessionState.PastTurn::userText).containsExactly("第7句", "第8句", "第9句");
    }

    @Test
    void anotherUserPresentingTheSameSessionIdGetsTheirOwnSession() {
        SessionStore store = new SessionStore(SessionStore.Settings.defaults());
        store.open("shared-id", "alice").remember(turn("我住在杭州"));
        SessionState bob = store.open("shared-id", "bob");
        assertThat(bob.history()).isEmpty();
        assertThat(bob.userId()).isEqualTo("bob");
    }

    @Test
    void aMissingSessionIdStartsANewSession() {
        SessionStore store = new SessionStore(SessionStore.Settings.defaults());
        assertThat(store.open(null, "u").sessionId()).isNotBlank().isNotEqualTo(store.open(null, "u").sessionId());
    }

    @Test
    void concurrentTurnsOfOneSessionAreSerialised() throws Exception {
        SessionStore store = new SessionStore(new SessionStore.Settings(Duration.ofMinutes(5), 100, 10_000));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 2_000; i++) {
            pool.submit(() -> {
                SessionState s = store.open("s", "u");
                s.lock().lock();
                try {
                    s.remember(turn("x"));
                } finally {
                    s.lock().unlock();
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(store.open("s", "u").history()).hasSize(2_000);
    }
}
