package io.xiaobu.kg.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;

/**
 * Per-user long-term memory in Neo4j: {@code (:User {userId})-[:HAS_FACT]->(:MemoryFact)}. A fact has a
 * key ({@code BIRTHDAY:self}, {@code FAMILY:老婆} …); remembering a key again makes the new fact the
 * active one and links it {@code -[:SUPERSEDES]->} the old one, which stays as history. Every read and
 * write is anchored on the {@code userId} parameter: there is no way to reach a fact without its owner's
 * id, and user text only ever travels as a query parameter.
 */
public final class UserMemoryStore {

    /** One remembered fact as stored. {@code phone} may be empty; {@code active} is false for history. */
    public record StoredFact(String factId, String key, String kind, String subject, String value, String phone,
                             Instant saidAt, String turnId, boolean active) {
    }

    private final Driver driver;
    private final SessionConfig session;

    /** @param database the Neo4j database name, or null for the server default */
    public UserMemoryStore(Driver driver, String database) {
        this.driver = driver;
        this.session = database == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
    }

    /** Creates the uniqueness constraint on users and the fact-key index (idempotent). */
    public void ensureSchema() {
        write("CREATE CONSTRAINT xiaobu_user_id IF NOT EXISTS FOR (u:User) REQUIRE u.userId IS UNIQUE", Map.of());
        write("CREATE INDEX xiaobu_memory_fact_key IF NOT EXISTS FOR (f:MemoryFact) ON (f.key)", Map.of());
    }

    /** Stores a fact as the user's active one for its key; the previous active fact becomes history. */
    public StoredFact remember(String userId, String key, String kind, String subject, String value, String phone,
                               Instant saidAt, String turnId) {
        String factId = UUID.randomUUID().toString();
        Map<String, Object> params = Map.of("userId", userId, "factId", factId, "key", key, "kind", kind,
                "subject", subject, "value", value, "phone", phone == null ? "" : phone,
                "saidAt", ZonedDateTime.ofInstant(saidAt, ZoneOffset.UTC), "turnId", turnId == null ? "" : turnId);
        write("""
                MERGE (u:User {userId: $userId})
                WITH u
                OPTIONAL MATCH (u)-[:HAS_FACT]->(old:MemoryFact {key: $key, active: true})
                CREATE (u)-[:HAS_FACT]->(f:MemoryFact {factId: $factId, key: $key, kind: $kind, subject: $subject,
                        value: $value, phone: $phone, saidAt: $saidAt, turnId: $turnId, active: true})
                FOREACH (o IN CASE WHEN old IS NULL THEN [] ELSE [old] END |
                    SET o.active = false, o.supersededAt = $saidAt
                    CREATE (f)-[:SUPERSEDES]->(o))
                """, params);
        return new StoredFact(factId, key, kind, subject, value, phone == null ? "" : phone, saidAt,
                turnId == null ? "" : turnId, true);
    }

    /** The user's active fact for a key. */
    public Optional<StoredFact> current(String userId, String key) {
        return read("""
                MATCH (:User {userId: $userId})-[:HAS_FACT]->(f:MemoryFact {key: $key, active: true})
                RETURN f ORDER BY f.saidAt DESC LIMIT 1
                """, Map.of("userId", userId, "key", key)).stream().findFirst();
    }

    /** All the user's active facts, newest first. */
    public List<StoredFact> currentFacts(String userId) {
        return read("""
                MATCH (:User {userId: $userId})-[:HAS_FACT]->(f:MemoryFact {active: true})
                RETURN f ORDER BY f.saidAt DESC
                """, Map.of("userId", userId));
    }

    /** Active and superseded facts of one key, newest first. */
    public List<StoredFact> history(String userId, String key) {
        return read("""
                MATCH (:User {userId: $userId})-[:HAS_FACT]->(f:MemoryFact {key: $key})
                RETURN f ORDER BY f.saidAt DESC
                """, Map.of("userId", userId, "key", key));
    }

    /** Deletes every fact (history included) of the keys starting with {@code keyPrefix}; returns how many. */
    public int forget(String userId, String keyPrefix) {
        return count("""
                MATCH (:User {userId: $userId})-[:HAS_FACT]->(f:MemoryFact)
                WHERE f.key STARTS WITH $prefix
                WITH collect(f) AS facts
                FOREACH (x IN facts | DETACH DELETE x)
                RETURN size(facts) AS n
                """, Map.of("userId", userId, "prefix", keyPrefix));
    }

    /** Deletes everything remembered about the user; returns how many facts went. */
    public int forgetAll(String userId) {
        return forget(userId, "");
    }

    private void write(String cypher, Map<String, Object> params) {
        try (var s = driver.session(session)) {
            s.executeWrite(tx -> tx.run(cypher, params).consume());
        }
    }

    private int count(String cypher, Map<String, Object> params) {
        try (var s = driver.session(session)) {
            return s.executeWrite(tx -> tx.run(cypher, params).single().get("n").asInt());
        }
    }

    private List<StoredFact> read(String cypher, Map<String, Object> params) {
        try (var s = driver.session(session)) {
            return s.executeRead(tx -> tx.run(cypher, params).list(UserMemoryStore::fact));
        }
    }

    private static StoredFact fact(Record r) {
        Value f = r.get("f");
        return new StoredFact(f.get("factId").asString(), f.get("key").asString(), f.get("kind").asString(),
                f.get("subject").asString(), f.get("value").asString(), f.get("phone").asString(""),
                f.get("saidAt").asZonedDateTime().toInstant(), f.get("turnId").asString(""),
                f.get("active").asBoolean());
    }
}
