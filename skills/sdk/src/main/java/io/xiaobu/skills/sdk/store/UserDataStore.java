package io.xiaobu.skills.sdk.store;

import com.fasterxml.jackson.core.type.TypeReference;

import java.io.IOException;
import java.util.function.UnaryOperator;

/**
 * Per-user persistent data of skills, one JSON document per (user, collection), e.g. a user's alarms.
 * Implementations must make {@link #update} atomic per (user, collection).
 */
public interface UserDataStore {

    /** The stored value, or {@code empty} when nothing was stored. */
    <T> T read(String userId, String collection, TypeReference<T> type, T empty) throws IOException;

    void write(String userId, String collection, Object value) throws IOException;

    /** Reads, applies {@code change} and writes back under a per-(user, collection) lock; returns the new value. */
    <T> T update(String userId, String collection, TypeReference<T> type, T empty, UnaryOperator<T> change) throws IOException;
}
