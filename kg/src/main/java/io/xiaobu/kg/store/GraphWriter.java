package io.xiaobu.kg.store;

import io.xiaobu.kg.model.Entity;
import io.xiaobu.kg.model.EntityType;
import io.xiaobu.kg.model.Fact;
import io.xiaobu.kg.model.Relation;
import io.xiaobu.kg.text.Pinyin;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Batched, idempotent writes ({@code UNWIND $rows … MERGE}). Writing the same rows twice changes nothing:
 * aliases are merged as a set and popularity only grows to the largest prior seen.
 */
public final class GraphWriter {

    /** Cypher per entity label; the label comes from {@link EntityType}, never from data. */
    private static final Map<EntityType, String> UPSERT_ENTITIES = new EnumMap<>(EntityType.class);

    static {
        for (EntityType t : EntityType.values()) {
            UPSERT_ENTITIES.put(t, """
                    UNWIND $rows AS row
                    MERGE (e:Entity {id: row.id})
                    ON CREATE SET e.name = row.name, e.aliases = [], e.popularity = row.popularity
                    SET e:%s, e.type = row.type, e.linkable = true, e.pinyin = row.pinyin,
                        e.aliases = reduce(acc = coalesce(e.aliases, []), a IN row.aliases |
                            CASE WHEN a IN acc OR a = e.name THEN acc ELSE acc + a END),
                        e.popularity = CASE WHEN row.popularity > coalesce(e.popularity, 0.0)
                            THEN row.popularity ELSE e.popularity END
                    SET e += row.props
                    """.formatted(t.label()));
        }
    }

    private static final String UPSERT_RELATIONS = """
            UNWIND $rows AS row
            MATCH (a:Entity {id: row.from})
            MATCH (b:Entity {id: row.to})
            MERGE (a)-[:REL {p: row.p}]->(b)
            """;

    private static final String UPSERT_FACTS = """
            UNWIND $rows AS row
            MERGE (s:Entity {id: row.sid})
            ON CREATE SET s.name = row.s, s.type = row.stype, s.aliases = [], s.popularity = 0.05,
                          s.pinyin = row.spinyin, s:Thing
            SET s.linkable = true
            MERGE (o:Entity {id: row.oid})
            ON CREATE SET o.name = row.o, o.type = 'THING', o.aliases = [], o.popularity = 0.0,
                          o.linkable = false, o:Thing
            MERGE (s)-[:REL {p: row.p}]->(o)
            """;

    private final Driver driver;

    public GraphWriter(Driver driver) {
        this.driver = driver;
    }

    /** Upserts entities (any mix of types); returns the write counters summed over batches. */
    public WriteCounts upsertEntities(List<Entity> entities) {
        Map<EntityType, List<Map<String, Object>>> byType = new EnumMap<>(EntityType.class);
        for (Entity e : entities) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", e.id());
            row.put("name", e.name());
            row.put("type", e.type().name());
            row.put("aliases", e.aliases());
            row.put("popularity", e.popularity());
            row.put("pinyin", Pinyin.plainOf(e.name()));
            row.put("props", e.props());
            byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(row);
        }
        WriteCounts total = WriteCounts.ZERO;
        for (var entry : byType.entrySet()) total = total.plus(write(UPSERT_ENTITIES.get(entry.getKey()), entry.getValue()));
        return total;
    }

    /** Upserts relations whose two ends already exist (missing ends are skipped by the MATCH). */
    public WriteCounts upsertRelations(List<Relation> relations) {
        List<Map<String, Object>> rows = new ArrayList<>(relations.size());
        for (Relation r : relations) rows.add(Map.of("from", r.fromId(), "to", r.toId(), "p", r.predicate()));
        return write(UPSERT_RELATIONS, rows);
    }

    /** Upserts open-domain facts: subject entity, object value node and the edge between them. */
    public WriteCounts upsertFacts(List<Fact> facts) {
        List<Map<String, Object>> rows = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            rows.add(Map.of(
                    "sid", Entity.idOf(f.subjectType(), f.subject()), "s", f.subject().trim(),
                    "stype", f.subjectType().name(), "spinyin", Pinyin.plainOf(f.subject()),
                    "oid", Entity.idOf(EntityType.THING, f.object()), "o", f.object().trim(),
                    "p", f.predicate().trim()));
        }
        return write(UPSERT_FACTS, rows);
    }

    private WriteCounts write(String cypher, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) return WriteCounts.ZERO;
        try (Session session = driver.session()) {
            SummaryCounters c = session.executeWrite(tx -> tx.run(cypher, Map.of("rows", rows)).consume().counters());
            return new WriteCounts(c.nodesCreated(), c.relationshipsCreated(), c.propertiesSet());
        }
    }

    /** What a write changed. */
    public record WriteCounts(long nodesCreated, long relationshipsCreated, long propertiesSet) {
        public static final WriteCounts ZERO = new WriteCounts(0, 0, 0);

        public WriteCounts plus(WriteCounts o) {
            return new WriteCounts(nodesCreated + o.nodesCreated, relationshipsCreated + o.relationshipsCreated,
                    propertiesSet + o.propertiesSet);
        }
    }
}
