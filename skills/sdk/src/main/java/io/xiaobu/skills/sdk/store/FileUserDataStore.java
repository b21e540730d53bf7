package io.xiaobu.skills.sdk.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Stores each (user, collection) as a JSON file under a root directory:
 * {@code <root>/<sha256(user)[0..32]>/<collection>.json}. Writes go to a temporary file that is then
 * atomically moved into place, so a crash never leaves half a file. User ids are hashed, so no user
 * id can escape the directory.
 */
public final class FileUserDataStore implements UserDataStore {

    private static final Pattern COLLECTION = Pattern.compile("[a-z][a-z0-9_-]{0,63}");
    private final Path root;
    private final ObjectMapper json;
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

    public FileUserDataStore(Path root) {
        this.root = root;
        this.json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    public Path root() {
        return root;
    }

    @Override
    public <T> T read(String userId, String collection, TypeReference<T> type, T empty) throws IOException {
        Path file = file(userId, collection);
        synchronized (lock(file)) {
            if (!Files.exists(file)) return empty;
            return json.readValue(Files.readString(file, StandardCharsets.UTF_8), type);
        }
    }

    @Override
    public void write(String userId, String collection, Object value) throws IOException {
        Path file = file(userId, collection);
        synchronized (lock(file)) {
            writeAtomically(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(value));
        }
    }

    @Override
    public <T> T update(String userId, String collection, TypeReference<T> type, T empty, UnaryOperator<T> change) throws IOException {
        Path file = file(userId, collection);
        synchronized (lock(file)) {
            T current = Files.exists(file) ? json.readValue(Files.readString(file, StandardCharsets.UTF_8), type) : empty;
            T next = change.apply(current);
            writeAtomically(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(next));
            return next;
        }
    }

    private Object lock(Path file) {
        return locks.computeIfAbsent(file.toString(), k -> new Object());
    }

    private Path file(String userId, String collection) {
        if (collection == null || !COLLECTION.matcher(collection).matches()) {
            throw new IllegalArgumentException("bad collection name: " + collection);
        }
        return root.resolve(userDir(userId == null ? "" : userId)).resolve(collection + ".json");
    }

    static String userDir(String userId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(userId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeAtomically(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
