package io.xiaobu.events.jsonl;

import io.xiaobu.events.TurnEvent;
import io.xiaobu.events.TurnEventFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonlTurnLogTest {

    @TempDir
    Path dir;

    /** A clock the test moves forward. */
    static final class ManualClock extends Clock {
        Instant now;
        ManualClock(Instant start) { now = start; }
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-21T10:00:00Z"));

    private static List<String> names(List<Path> files) {
        return files.stream().map(p -> p.getFileName().toString()).toList();
    }

    private static List<String> requestIds(Path dir) throws IOException {
        List<String> ids = new ArrayList<>();
        for (Path f : JsonlTurnLog.files(dir)) JsonlTurnLog.read(f).forEach(e -> ids.add(e.requestId()));
        return ids;
    }

    @Test
    void eachEventIsOneLineThatReadsBackAsTheSameEvent() throws IOException {
        TurnEvent first = TurnEventFixtures.alarmTurn("r-1", "u-1");
        TurnEvent second = TurnEventFixtures.alarmTurn("r-2", "u-1");
        try (JsonlTurnLog log = new JsonlTurnLog(new JsonlTurnLog.Settings(dir, 1 << 20, 5), clock)) {
            log.publish(first);
            log.publish(second);
            log.flush();
            Path file = log.currentFile();
            assertThat(file.getFileName().toString()).isEqualTo("turns-2026-11-21-0000.jsonl");
            assertThat(Files.readAllLines(file)).hasSize(2);
            assertThat(JsonlTurnLog.read(file)).containsExactly(first, second);
        }
    }

    @Test
    void aFileRollsBeforeItWouldPassTheSizeLimitAndOnlyTheNewestNFilesAreKept() throws IOException {
        try (JsonlTurnLog log = new JsonlTurnLog(new JsonlTurnLog.Settings(dir, 4096, 3), clock)) {
            for (int i = 0; i < 40; i++) log.publish(TurnEventFixtures.alarmTurn(String.format("r-%03d", i), "u"));
            log.flush();
        }
        List<Path> files = JsonlTurnLog.files(dir);
        assertThat(files).hasSize(3);
        for (Path f : files) assertThat(Files.size(f)).isLessThanOrEqualTo(4096);
        List<String> kept = requestIds(dir);
        assertThat(kept).isNotEmpty().endsWith("r-039");
        assertThat(kept).isSortedAccordingTo(String::compareTo); // the newest files, in order, nothing out of place
    }

    @Test
    void aNewDayStartsANewFile() throws IOException {
        try (JsonlTurnLog log = new JsonlTurnLog(new JsonlTurnLog.Settings(dir, 1 << 20, 10), clock)) {
            log.publish(TurnEventFixtures.alarmTurn("before-midnight", "u"));
            clock.now = clock.now.plus(Duration.ofHours(14));
            log.publish(TurnEventFixtures.alarmTurn("after-midnight", "u"));
            log.flush();
        }
        assertThat(names(JsonlTurnLog.files(dir)))
                .containsExactly("turns-2026-11-21-0000.jsonl", "turns-2026-11-22-0000.jsonl");
        assertThat(requestIds(dir)).containsExactly("before-midnight", "after-midnight");
    }

    @Test
    void aRestartAppendsToTodaysFileAndATornLastLineDoesNotSpoilTheNextEvent() throws IOException {
        Path file;
        try (JsonlTurnLog log = new JsonlTurnLog(new JsonlTurnLog.Settings(dir, 1 << 20, 10), clock)) {
            log.publish(TurnEventFixtures.alarmTurn("r-1", "u"));
            file = log.currentFile();
        }
        Files.writeString(file, "{\"schema\":\"xiaobu.turn/1\",\"requestId\":\"torn", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND); // a crash in the middle of a write
        try (JsonlTurnLog log = new JsonlTurnLog(new JsonlTurnLog.Settings(dir, 1 << 20, 10), clock)) {
            assertThat(log.currentFile()).isEqualTo(file);
            log.publish(TurnEventFixtures.alarmTurn("r-2", "u"));
        }
        assertThat(requestIds(dir)).containsExactly("r-1", "r-2");
        assertThat(Files.readAllLines(file)).hasSize(3);
    }

    @Test
    void healthNamesTheFileBeingWritten() throws IOException {
        try (JsonlTurnLog log = new JsonlTurnLog(new JsonlTurnLog.Settings(dir, 1 << 20, 10), clock)) {
            log.publish(TurnEventFixtures.alarmTurn("r-1", "u"));
            assertThat(log.health().up()).isTrue();
            assertThat(log.health().detail()).contains("turns-2026-11-21-0000.jsonl").contains("1 events");
        }
    }
}
