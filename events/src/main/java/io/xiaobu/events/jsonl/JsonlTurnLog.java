package io.xiaobu.events.jsonl;

import io.xiaobu.events.SinkHealth;
import io.xiaobu.events.TurnEvent;
import io.xiaobu.events.TurnEventJson;
import io.xiaobu.events.TurnEventSink;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Appends turn events as JSON Lines to {@code turns-<yyyy-MM-dd>-<nnnn>.jsonl} in a directory, rolling to a new
 * file when the day changes (in the clock's zone) or the file would pass the size limit, and keeping only the
 * newest N files.
 *
 * <p>Append safety: each event is one {@code write} of a complete line; {@link #flush()} fsyncs. After a crash the
 * last line may be torn; on open a missing final newline is added so the next event starts on a fresh line, and
 * {@link #read(Path)} skips lines that are not whole events.
 */
public final class JsonlTurnLog implements TurnEventSink {
    private static final Pattern NAME = Pattern.compile("turns-(\\d{4}-\\d{2}-\\d{2})-(\\d{4,})\\.jsonl");

    /**
     * @param dir          where the log files live (created when missing)
     * @param maxFileBytes a file is rolled before it would grow past this size
     * @param keepFiles    how many log files to keep; older ones are deleted at each roll
     */
    public record Settings(Path dir, long maxFileBytes, int keepFiles) {
        public Settings {
            if (maxFileBytes < 1024) throw new IllegalArgumentException("maxFileBytes must be >= 1024");
            if (keepFiles < 1) throw new IllegalArgumentException("keepFiles must be >= 1");
        }
    }

    private final Settings settings;
    private final Clock clock;
    private FileChannel channel;
    private Path current;
    private LocalDate day;
    private int seq;
    private long size;
    private volatile String lastError;
    private long written;

    /** Opens the log, appending to today's newest file when it has room. Days are taken in {@code clock}'s zone. */
    public JsonlTurnLog(Settings settings, Clock clock) throws IOException {
        this.settings = settings;
        this.clock = clock;
        Files.createDirectories(settings.dir());
        LocalDate today = LocalDate.now(clock);
        Optional<Path> newest = files(settings.dir()).stream().filter(p -> dayOf(p).equals(today)).reduce((a, b) -> b);
        if (newest.isPresent() && Files.size(newest.get()) < settings.maxFileBytes()) {
            open(today, seqOf(newest.get()));
        } else {
            open(today, newest.map(p -> seqOf(p) + 1).orElse(0));
        }
    }

    public JsonlTurnLog(Settings settings) throws IOException {
        this(settings, Clock.systemUTC());
    }

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public synchronized void publish(TurnEvent event) throws IOException {
        byte[] json = TurnEventJson.toBytes(event);
        ByteBuffer line = ByteBuffer.allocate(json.length + 1).put(json).put((byte) '\n').flip();
        LocalDate today = LocalDate.now(clock);
        if (!today.equals(day)) {
            roll(today, 0);
        } else if (size > 0 && size + line.remaining() > settings.maxFileBytes()) {
            roll(today, seq + 1);
        }
        long before = size;
        try {
            while (line.hasRemaining()) size += channel.write(line);
            written++;
            lastError = null;
        } catch (IOException e) {
            lastError = e.toString();
            try { // never leave half a line for the next event to be glued to
                channel.truncate(before);
                channel.position(before);
                size = before;
            } catch (IOException ignored) {
                e.addSuppressed(ignored);
            }
            throw e;
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        channel.force(false);
    }

    @Override
    public SinkHealth health() {
        String error = lastError;
        return new SinkHealth(name(), error == null, 0,
                error == null ? "writing " + current.getFileName() + " (" + written + " events since start)" : error);
    }

    /** The file events are appended to now. */
    public synchronized Path currentFile() {
        return current;
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel.isOpen()) {
            channel.force(false);
            channel.close();
        }
    }

    /** The log files in {@code dir}, oldest first. */
    public static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> NAME.matcher(p.getFileName().toString()).matches())
                    .sorted(java.util.Comparator.comparing(JsonlTurnLog::dayOf).thenComparing(JsonlTurnLog::seqOf))
                    .toList();
        }
    }

    /** The whole events in one log file, in order; torn or foreign lines are skipped. */
    public static List<TurnEvent> read(Path file) throws IOException {
        List<TurnEvent> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) TurnEventJson.parse(line).ifPresent(out::add);
            }
        }
        return out;
    }

    private void roll(LocalDate newDay, int newSeq) throws IOException {
        close();
        open(newDay, newSeq);
        List<Path> all = files(settings.dir());
        for (int i = 0; i < all.size() - settings.keepFiles(); i++) Files.deleteIfExists(all.get(i));
    }

    private void open(LocalDate newDay, int newSeq) throws IOException {
        day = newDay;
        seq = newSeq;
        current = settings.dir().resolve(String.format("turns-%s-%04d.jsonl", newDay, newSeq));
        channel = FileChannel.open(current, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        size = channel.size();
        channel.position(size); // the only writer: appending by position keeps each line one write
        if (size > 0) {
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.read(last, size - 1);
            if (last.get(0) != '\n') size += channel.write(ByteBuffer.wrap(new byte[] {'\n'}));
        }
    }

    private static LocalDate dayOf(Path p) {
        Matcher m = NAME.matcher(p.getFileName().toString());
        return m.matches() ? LocalDate.parse(m.group(1)) : LocalDate.MIN;
    }

    private static int seqOf(Path p) {
        Matcher m = NAME.matcher(p.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(2)) : 0;
    }
}
