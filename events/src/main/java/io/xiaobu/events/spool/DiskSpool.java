package io.xiaobu.events.spool;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * A first-in first-out queue of byte records on disk that survives a process crash.
 *
 * <p>Records are appended to segment files {@code <id>.spool} (rolled at a configurable size), each framed as
 * {@code [int length][int crc32c][payload]}. A reader {@link #peek peeks} a batch from the committed cursor and,
 * once the batch is safely delivered, {@link #commit commits} it: the cursor is persisted
 * atomically, fully consumed segments are deleted, and when everything is consumed the active segment is
 * truncated to zero. A batch that was peeked but never committed is peeked again (at-least-once).
 *
 * <p>On open, a torn record at the tail (a crash mid-append) is cut off; every complete record is kept.
 * Thread-safe: one lock guards all state; appends and reads are short positional file operations.
 */
public final class DiskSpool implements Closeable {
    private static final String SUFFIX = ".spool";
    private static final int HEADER = 8;
    /** Larger lengths can only be corruption. */
    private static final int MAX_RECORD = 64 << 20;

    private final Path dir;
    private final long segmentBytes;
    private final TreeMap<Long, Path> segments = new TreeMap<>();
    private FileChannel active;
    private long activeId;
    private long cursorSegment;
    private long cursorOffset;
    private long pendingRecords;
    private long pendingBytes;
    private boolean closed;

    /** A batch of records and the position just after the last one (to pass to {@link #commit}). */
    public record Batch(Position start, List<byte[]> records, Position next) {
        public boolean isEmpty() {
            return records.isEmpty();
        }
    }

    /** A place in the spool: a segment id and a byte offset inside it. */
    public record Position(long segment, long offset) {}

    /**
     * Opens (or creates) the spool in {@code dir}.
     *
     * @param segmentBytes size after which the writer rolls to a new segment file
     */
    public DiskSpool(Path dir, long segmentBytes) throws IOException {
        if (segmentBytes < 1024) throw new IllegalArgumentException("segmentBytes must be >= 1024: " + segmentBytes);
        this.dir = dir;
        this.segmentBytes = segmentBytes;
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> p.getFileName().toString().matches("\\d{20}\\" + SUFFIX))
                    .forEach(p -> segments.put(Long.parseLong(p.getFileName().toString().substring(0, 20)), p));
        }
        if (segments.isEmpty()) segments.put(0L, segmentPath(0));
        activeId = segments.lastKey();
        active = FileChannel.open(segments.get(activeId), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        active.truncate(validLength(active));
        active.position(active.size());
        readCursor();
        countPending();
    }

    /** Appends one record (durable after {@link #sync()} or once the OS writes it back). */
    public synchronized void append(byte[] payload) throws IOException {
        ensureOpen();
        if (active.size() >= segmentBytes) roll();
        CRC32C crc = new CRC32C();
        crc.update(payload);
        ByteBuffer buf = ByteBuffer.allocate(HEADER + payload.length);
        buf.putInt(payload.length).putInt((int) crc.getValue()).put(payload).flip();
        long before = active.position();
        try {
            while (buf.hasRemaining()) active.write(buf);
        } catch (IOException e) {
            // Disk full or similar: cut the partial record so later appends stay readable.
            try {
                active.truncate(before);
                active.position(before);
            } catch (IOException ignored) {
                e.addSuppressed(ignored);
            }
            throw e;
        }
        pendingRecords++;
        pendingBytes += HEADER + payload.length;
    }

    /** Forces appended records to the storage device. */
    public synchronized void sync() throws IOException {
        ensureOpen();
        active.force(false);
    }

    /** Up to {@code maxRecords} records from the committed cursor, oldest first, without consuming them. */
    public synchronized Batch peek(int maxRecords) throws IOException {
        ensureOpen();
        List<byte[]> out = new ArrayList<>();
        Position start = new Position(cursorSegment, cursorOffset);
        Position next = scan(start, maxRecords, out::add);
        return new Batch(start, out, next);
    }

    /**
     * Marks a batch from {@link #peek} as delivered: persists the cursor after it and frees consumed space.
     *
     * @throws IllegalStateException when the batch does not start at the current cursor (committed twice)
     */
    public synchronized void commit(Batch batch) throws IOException {
        ensureOpen();
        if (batch.isEmpty()) return;
        if (batch.start().segment() != cursorSegment || batch.start().offset() != cursorOffset) {
            throw new IllegalStateException("batch starts at " + batch.start() + " but the cursor is at "
                    + new Position(cursorSegment, cursorOffset));
        }
        cursorSegment = batch.next().segment();
        cursorOffset = batch.next().offset();
        for (Long id : List.copyOf(segments.headMap(cursorSegment).keySet())) {
            Files.deleteIfExists(segments.remove(id));
        }
        if (cursorSegment == activeId && cursorOffset >= active.size()) {
            active.truncate(0);
            active.position(0);
            cursorOffset = 0;
        }
        writeCursor();
        pendingRecords = Math.max(0, pendingRecords - batch.records().size());
        for (byte[] r : batch.records()) pendingBytes -= HEADER + r.length;
        pendingBytes = Math.max(0, pendingBytes);
    }

    /** Records appended and not yet committed. */
    public synchronized long pendingRecords() {
        return pendingRecords;
    }

    /** Bytes on disk (with framing) appended and not yet committed. */
    public synchronized long pendingBytes() {
        return pendingBytes;
    }

    public Path directory() {
        return dir;
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) return;
        closed = true;
        active.force(false);
        active.close();
    }

    /** Reads up to {@code max} intact records from {@code from}, crossing segments; returns the position after them. */
    private Position scan(Position from, long max, Consumer<byte[]> sink) throws IOException {
        long segment = from.segment();
        long offset = from.offset();
        long read = 0;
        while (read < max) {
            Path path = segments.get(segment);
            if (path == null) break;
            long size = segment == activeId ? active.size() : Files.size(path);
            if (offset >= size) {
                Long next = segments.higherKey(segment);
                if (next == null) break;
                segment = next;
                offset = 0;
                continue;
            }
            try (FileChannel own = segment == activeId ? null : FileChannel.open(path, StandardOpenOption.READ)) {
                FileChannel in = own == null ? active : own;
                while (read < max && offset < size) {
                    byte[] rec = readRecord(in, offset, size);
                    if (rec == null) { offset = size; break; } // corrupt middle of an old segment: skip its rest
                    sink.accept(rec);
                    read++;
                    offset += HEADER + rec.length;
                }
            }
        }
        return new Position(segment, offset);
    }

    private void roll() throws IOException {
        active.force(false);
        active.close();
        activeId++;
        Path path = segmentPath(activeId);
        segments.put(activeId, path);
        active = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    /** The record at {@code offset}, or {@code null} when the bytes there are not a complete, intact record. */
    private static byte[] readRecord(FileChannel in, long offset, long size) throws IOException {
        if (offset + HEADER > size) return null;
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        readFully(in, header, offset);
        int length = header.getInt(0);
        int crc = header.getInt(4);
        if (length < 0 || length > MAX_RECORD || offset + HEADER + length > size) return null;
        ByteBuffer body = ByteBuffer.allocate(length);
        readFully(in, body, offset + HEADER);
        CRC32C check = new CRC32C();
        check.update(body.array());
        return (int) check.getValue() == crc ? body.array() : null;
    }

    private static void readFully(FileChannel in, ByteBuffer buf, long position) throws IOException {
        while (buf.hasRemaining()) {
            int n = in.read(buf, position + buf.position());
            if (n < 0) throw new IOException("unexpected end of spool segment");
        }
    }

    /** Length of the intact prefix of a segment: everything after the first torn or corrupt record is cut. */
    private static long validLength(FileChannel ch) throws IOException {
        long size = ch.size();
        long offset = 0;
        byte[] rec;
        while ((rec = readRecord(ch, offset, size)) != null) offset += HEADER + rec.length;
        return offset;
    }

    private void readCursor() throws IOException {
        Path file = dir.resolve("cursor");
        cursorSegment = segments.firstKey();
        cursorOffset = 0;
        if (!Files.exists(file)) return;
        String[] parts = Files.readString(file, StandardCharsets.US_ASCII).trim().split(" ");
        try {
            long seg = Long.parseLong(parts[0]);
            long off = Long.parseLong(parts[1]);
            if (segments.containsKey(seg)) {
                long size = seg == activeId ? active.size() : Files.size(segments.get(seg));
                cursorSegment = seg;
                cursorOffset = Math.min(off, size);
            } else if (seg > activeId) {
                cursorSegment = activeId;
                cursorOffset = active.size();
            }
        } catch (RuntimeException e) {
            // An unreadable cursor replays from the oldest segment: duplicates are possible, loss is not.
        }
    }

    private void writeCursor() throws IOException {
        Path tmp = dir.resolve("cursor.tmp");
        Files.writeString(tmp, cursorSegment + " " + cursorOffset + "\n", StandardCharsets.US_ASCII);
        Files.move(tmp, dir.resolve("cursor"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void countPending() throws IOException {
        long[] counts = new long[2];
        scan(new Position(cursorSegment, cursorOffset), Long.MAX_VALUE, r -> {
            counts[0]++;
            counts[1] += HEADER + r.length;
        });
        pendingRecords = counts[0];
        pendingBytes = counts[1];
    }

    private Path segmentPath(long id) {
        return dir.resolve(String.format("%020d%s", id, SUFFIX));
    }

    private void ensureOpen() throws IOException {
        if (closed) throw new IOException("spool " + dir + " is closed");
    }
}
