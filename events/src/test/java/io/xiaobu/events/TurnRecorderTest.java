package io.xiaobu.events;

import io.xiaobu.events.jsonl.JsonlTurnLog;
import io.xiaobu.events.spool.DiskSpool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class TurnRecorderTest {

    @TempDir
    Path dir;

    /** A sink that keeps request ids in arrival order and can be held shut to simulate a slow destination. */
    static final class CollectingSink implements TurnEventSink {
        final List<String> requestIds = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch gate;
        final AtomicInteger flushes = new AtomicInteger();

        CollectingSink(boolean open) {
            gate = new CountDownLatch(open ? 0 : 1);
        }

        @Override public String name() { return "collect"; }

        @Override public void publish(TurnEvent event) {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            requestIds.add(event.requestId());
        }

        @Override public void flush() { flushes.incrementAndGet(); }
        @Override public SinkHealth health() { return new SinkHealth(name(), true, 0, "test sink"); }
        @Override public void close() {}
    }

    /** A sink whose disk is always full. */
    static final class FailingSink implements TurnEventSink {
        @Override public String name() { return "broken"; }
        @Override public void publish(TurnEvent event) throws IOException { throw new IOException("No space left on device"); }
        @Override public void flush() {}
        @Override public SinkHealth health() { return new SinkHealth(name(), false, 0, "disk full"); }
        @Override public void close() {}
    }

    private static List<String> ids(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(String.format("r-%04d", i));
        return out;
    }

    @Test
    void everyRecordedTurnReachesEverySinkInOrder() throws Exception {
        CollectingSink sink = new CollectingSink(true);
        JsonlTurnLog log = new JsonlTurnLog(new JsonlTurnLog.Settings(dir.resolve("log"), 1 << 20, 5));
        try (TurnRecorder recorder = new TurnRecorder(List.of(log, sink), dir.resolve("overflow"), 100, null)) {
            for (String id : ids(500)) recorder.record(TurnEventFixtures.alarmTurn(id, "u"));
        }
        assertThat(sink.requestIds).containsExactlyElementsOf(ids(500));
        assertThat(JsonlTurnLog.read(JsonlTurnLog.files(dir.resolve("log")).getFirst()))
                .extracting(TurnEvent::requestId).containsExactlyElementsOf(ids(500));
    }

    @Test
    void whenTheQueueIsFullTurnsSpillToDiskInsteadOfWaitingAndNothingIsDroppedOrReordered() throws Exception {
        CollectingSink slow = new CollectingSink(false);
        List<Long> nanos = new ArrayList<>();
        TurnRecorder recorder = new TurnRecorder(List.of(slow), dir.resolve("overflow"), 8, null);
        RecorderCounters during;
        try {
            for (String id : ids(300)) {
                TurnEvent event = TurnEventFixtures.alarmTurn(id, "u");
                long t0 = System.nanoTime();
                recorder.record(event);
                nanos.add(System.nanoTime() - t0);
            }
            during = recorder.counters();
        } finally {
            slow.gate.countDown();
            recorder.close();
        }
        // In memory at most: the queue (8), the batch the worker took from it (<= 8) and the event it is stuck on.
        assertThat(during.spilled()).isGreaterThanOrEqualTo(300 - 8 - 8 - 1);
        assertThat(during.overflowPending()).isEqualTo(during.spilled());
        Collections.sort(nanos);
        // The sink is blocked for the whole loop: a record() that waited for it would never return.
        assertThat(nanos.get(nanos.size() / 2)).as("median record()").isLessThan(TimeUnit.MILLISECONDS.toNanos(5));
        assertThat(nanos.getLast()).as("slowest record() (shared 2-core machine)").isLessThan(TimeUnit.MILLISECONDS.toNanos(250));
        assertThat(slow.requestIds).containsExactlyElementsOf(ids(300));
    }

    @Test
    void manyTurnThreadsThroughATinyQueueKeepEveryUsersTurnsInOrder() throws Exception {
        CollectingSink sink = new CollectingSink(true);
        int users = 4, perUser = 1_500;
        try (TurnRecorder recorder = new TurnRecorder(List.of(sink), dir.resolve("overflow"), 4, null)) {
            List<Thread> threads = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                String user = "user-" + u;
                threads.add(Thread.ofPlatform().start(() -> {
                    for (int i = 0; i < perUser; i++) {
                        recorder.record(TurnEventFixtures.alarmTurn(user + "/" + String.format("%05d", i), user));
                    }
                }));
            }
            for (Thread t : threads) t.join();
            assertThat(recorder.counters().spilled()).as("the tiny queue overflowed").isPositive();
        }
        assertThat(sink.requestIds).hasSize(users * perUser).doesNotHaveDuplicates();
        for (int u = 0; u < users; u++) {
            String prefix = "user-" + u + "/";
            assertThat(sink.requestIds.stream().filter(id -> id.startsWith(prefix)).toList())
                    .hasSize(perUser).isSortedAccordingTo(String::compareTo);
        }
    }

    @Test
    void countersAddUpAfterClose() throws Exception {
        CollectingSink sink = new CollectingSink(true);
        TurnRecorder recorder = new TurnRecorder(List.of(sink), dir.resolve("overflow"), 16, null);
        for (String id : ids(50)) recorder.record(TurnEventFixtures.alarmTurn(id, "u"));
        recorder.record(null);
        recorder.close();
        RecorderCounters c = recorder.counters();
        assertThat(c.recorded()).isEqualTo(50);
        assertThat(c.published() + c.failed()).isEqualTo(50);
        assertThat(c.published()).isEqualTo(50);
        assertThat(c.queued()).isZero();
        assertThat(sink.flushes.get()).isPositive().isLessThanOrEqualTo(50);
    }

    @Test
    void aFailingSinkIsCountedAndReportedWhileTheOtherSinksStillGetEveryEvent() throws Exception {
        CollectingSink healthy = new CollectingSink(true);
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        TurnRecorderListener listener = new TurnRecorderListener() {
            @Override public void publishFailed(String sink, TurnEvent event, Throwable error) {
                failures.add(sink + ":" + error.getMessage());
            }
            @Override public void recorded(TurnEvent event) {
                throw new IllegalStateException("a listener bug must not break recording");
            }
        };
        TurnRecorder recorder = new TurnRecorder(List.of(new FailingSink(), healthy), dir.resolve("overflow"), 16, listener);
        for (String id : ids(10)) recorder.record(TurnEventFixtures.alarmTurn(id, "u"));
        recorder.close();
        assertThat(healthy.requestIds).containsExactlyElementsOf(ids(10));
        assertThat(recorder.counters().failed()).isEqualTo(10);
        assertThat(failures).hasSize(10).allMatch(f -> f.equals("broken:No space left on device"));
        assertThat(recorder.health()).extracting(SinkHealth::up).containsExactly(false, true);
    }

    @Test
    void anOverflowLeftByACrashIsDeliveredFirstAtTheNextStart() throws Exception {
        try (DiskSpool leftover = new DiskSpool(dir.resolve("overflow"), 1 << 20)) {
            leftover.append(TurnEventJson.toBytes(TurnEventFixtures.alarmTurn("before-crash-1", "u")));
            leftover.append(TurnEventJson.toBytes(TurnEventFixtures.alarmTurn("before-crash-2", "u")));
        }
        CollectingSink sink = new CollectingSink(true);
        try (TurnRecorder recorder = new TurnRecorder(List.of(sink), dir.resolve("overflow"), 16, null)) {
            recorder.record(TurnEventFixtures.alarmTurn("after-restart", "u"));
        }
        assertThat(sink.requestIds).containsExactly("before-crash-1", "before-crash-2", "after-restart");
    }
}
