package io.xiaobu.events.spool;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiskSpoolTest {

    @TempDir
    Path dir;

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> strings(DiskSpool.Batch batch) {
        return batch.records().stream().map(r -> new String(r, StandardCharsets.UTF_8)).toList();
    }

    private long segmentFiles() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".spool")).count();
        }
    }

    @Test
    void recordsComeOutInTheOrderTheyWentIn() throws IOException {
        try (DiskSpool spool = new DiskSpool(dir, 1 << 20)) {
            for (int i = 0; i < 5; i++) spool.append(b("事件-" + i));
            assertThat(strings(spool.peek(10))).containsExactly("事件-0", "事件-1", "事件-2", "事件-3", "事件-4");
            assertThat(spool.pendingRecords()).isEqualTo(5);
        }
    }

    @Test
    void anUncommittedBatchIsPeekedAgainAndACommittedOneIsGone() throws IOException {
        try (DiskSpool spool = new DiskSpool(dir, 1 << 20)) {
            for (int i = 0; i < 5; i++) spool.append(b("e" + i));
            DiskSpool.Batch first = spool.peek(2);
            assertThat(strings(spool.peek(2))).containsExactly("e0", "e1");
            spool.commit(first);
            assertThat(strings(spool.peek(10))).containsExactly("e2", "e3", "e4");
            assertThat(spool.pendingRecords()).isEqualTo(3);
            assertThatThrownBy(() -> spool.commit(first)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void whatWasNotCommittedSurvivesAReopen() throws IOException {
        try (DiskSpool spool = new DiskSpool(dir, 1 << 20)) {
            for (int i = 0; i < 4; i++) spool.append(b("e" + i));
            spool.commit(spool.peek(1));
        }
        try (DiskSpool reopened = new DiskSpool(dir, 1 << 20)) {
            assertThat(reopened.pendingRecords()).isEqualTo(3);
            assertThat(strings(reopened.peek(10))).containsExactly("e1", "e2", "e3");
        }
    }

    @Test
    void aTornRecordAtTheTailIsCutOffAndEveryCompleteRecordIsKept() throws IOException {
        try (DiskSpool spool = new DiskSpool(dir, 1 << 20)) {
            spool.append(b("complete-1"));
            spool.append(b("complete-2"));
        }
        Path segment = dir.resolve(String.format("%020d.spool", 0));
        try (FileChannel ch = FileChannel.open(segment, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {0, 0, 0, 50, 1, 2, 3, 4, 'h', 'a'})); // a crash mid-append
        }
        try (DiskSpool reopened = new DiskSpool(dir, 1 << 20)) {
            assertThat(strings(reopened.peek(10))).containsExactly("complete-1", "complete-2");
            reopened.append(b("after-crash"));
            assertThat(strings(reopened.peek(10))).containsExactly("complete-1", "complete-2", "after-crash");
        }
    }

    @Test
    void segmentsRollAtTheSizeLimitAndConsumedSegmentsAreDeleted() throws IOException {
        try (DiskSpool spool = new DiskSpool(dir, 1024)) {
            for (int i = 0; i < 100; i++) spool.append(b("x".repeat(100) + i));
            assertThat(segmentFiles()).isGreaterThan(5);
            try (Stream<Path> s = Files.list(dir)) {
                // A segment rolls once it reached the limit, so it overshoots by at most one record.
                assertThat(s.filter(p -> p.toString().endsWith(".spool")).mapToLong(p -> p.toFile().length()).max().orElseThrow())
                        .isLessThan(1024 + 120);
            }
            List<String> all = new ArrayList<>();
            DiskSpool.Batch batch;
            while (!(batch = spool.peek(7)).isEmpty()) {
                all.addAll(strings(batch));
                spool.commit(batch);
            }
            assertThat(all).hasSize(100).startsWith("x".repeat(100) + 0).endsWith("x".repeat(100) + 99);
            assertThat(spool.pendingRecords()).isZero();
            assertThat(spool.pendingBytes()).isZero();
            assertThat(segmentFiles()).isEqualTo(1);
        }
    }

    @Test
    void aFullyDrainedSpoolTruncatesItsFileToZero() throws IOException {
        try (DiskSpool spool = new DiskSpool(dir, 1 << 20)) {
            for (int i = 0; i < 10; i++) spool.append(b("e" + i));
            spool.commit(spool.peek(100));
            try (Stream<Path> s = Files.list(dir)) {
                assertThat(s.filter(p -> p.toString().endsWith(".spool")).mapToLong(p -> p.toFile().length()).sum()).isZero();
            }
            spool.append(b("next"));
            assertThat(strings(spool.peek(10))).containsExactly("next");
        }
        try (DiskSpool reopened = new DiskSpool(dir, 1 << 20)) {
            assertThat(strings(reopened.peek(10))).containsExactly("next");
        }
    }

    @Test
    void anEmptyPayloadIsARecordToo() throws IOException {
        try (DiskSpool spool = new DiskSpool(dir, 1 << 20)) {
            spool.append(new byte[0]);
            spool.append(b("a"));
            assertThat(strings(spool.peek(10))).containsExactly("", "a");
        }
    }
}
