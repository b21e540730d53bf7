package io.xiaobu.kg.store;

import io.xiaobu.kg.model.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;

/**
 * Parameterised reads: the alias stream for the linker and the few query shapes KBQA uses. Reads are
 * auto-commit queries with a timeout, so a database that is down fails fast instead of being retried.
 */
public final class GraphReader {

    private static final String ALIASES = """
            MATCH (e:Entity) WHERE e.linkable
            RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, e.popularity AS popularity
            """;
    private static final String EDGES_OUT = """
            UNWIND $ids AS id
            MATCH (s:Entity {id: id})-[r:REL]->(o:Entity)
            RETURN id AS subject, r.p AS p, o.id AS oid, o.name AS object, o.type AS otype
            LIMIT $limit
            """;
    private static final String EDGES_IN = """
            UNWIND $ids AS id
            MATCH (s:Entity {id: id})<-[r:REL]-(o:Entity)
            RETURN id AS subject, r.p AS p, o.id AS oid, o.name AS object, o.type AS otype
            LIMIT $limit
            """;
    private static final String EDGES_BOTH = """
            UNWIND range(0, size($ids) - 1) AS rank
            MATCH (s:Entity {id: $ids[rank]})-[r:REL]-(o:Entity)
            WITH rank, s, r, o, startNode(r) <> s AS incoming
            WHERE NOT incoming OR s.id IN $incomingIds
            RETURN s.id AS subject, r.p AS p, o.id AS oid, o.name AS object, o.type AS otype, incoming
            ORDER BY incoming, rank
            LIMIT $limit
            """;
    private static final String RANK_DESC = """
            MATCH (s:Entity {id: $id})-[r:REL]-(f:Entity {type: $type})
            WHERE r.p IN $predicates AND f[$property] IS NOT NULL
            RETURN f.id AS oid, f.name AS object, f[$property] AS value
            ORDER BY value DESC, object LIMIT $limit
            """;
    private static final String RANK_ASC = RANK_DESC.replace("ORDER BY value DESC", "ORDER BY value ASC");
    private static final String COUNTS = "MATCH (e:Entity) RETURN e.type AS type, count(*) AS n ORDER BY type";
    private static final String RELATION_COUNT = "MATCH ()-[r:REL]->() RETURN count(r) AS n";

    private final Driver driver;
    private final TransactionConfig readConfig;

    public GraphReader(Driver driver, java.time.Duration queryTimeout) {
        this.driver = driver;
        this.readConfig = TransactionConfig.builder().withTimeout(queryTimeout).build();
    }

    /** One linkable entity as the alias index needs it. */
    public record AliasRow(String id, String name, EntityType type, List<String> aliases, double popularity) {}

    /** An edge seen from a subject: {@code subject -[p]-> object} (or incoming, by the method used). */
    public record Edge(String subjectId, String predicate, String objectId, String objectName, EntityType objectType,
                       boolean incoming) {}

    /** Streams every linkable entity (hundreds of thousands: consumed row by row). */
    public long streamAliases(Consumer<AliasRow> sink) {
        try (Session session = driver.session()) {
            {
                long n = 0;
                var result = session.run(ALIASES);
                while (result.hasNext()) {
                    Record r = result.next();
                    sink.accept(new AliasRow(r.get("id").asString(), r.get("name").asString(),
                            EntityType.parse(r.get("type").asString(null)),
                            r.get("aliases").isNull() ? List.of() : r.get("aliases").asList(Value::asString),
                            r.get("popularity").isNull() ? 0.0 : r.get("popularity").asDouble()));
                    n++;
                }
                return n;
            }
        }
    }

    /** Outgoing edges of the given subjects (at most {@code limit}). */
    public List<Edge> outgoing(List<String> ids, int limit) {
        return edges(EDGES_OUT, ids, limit, false);
    }

    /**
     * Outgoing edges of all {@code ids} and incoming edges of {@code incomingIds} (a subset) in one round
     * trip, outgoing first and in the order of {@code ids}; an incoming edge reports its start node as
     * "object" and {@link Edge#incoming()} true.
     */
    public List<Edge> edges(List<String> ids, List<String> incomingIds, int limit) {
        if (ids.isEmpty()) return List.of();
        Map<String, Object> params = Map.of("ids", new ArrayList<>(ids), "incomingIds", new ArrayList<>(incomingIds), "limit", limit);
        try (Session session = driver.session()) {
            return session.run(EDGES_BOTH, params, readConfig).list(r -> new Edge(
                    r.get("subject").asString(), r.get("p").asString(), r.get("oid").asString(),
                    r.get("object").asString(), EntityType.parse(r.get("otype").asString(null)), r.get("incoming").asBoolean()));
        }
    }

    /** Incoming edges of the given subjects, the other end reported as "object". */
    public List<Edge> incoming(List<String> ids, int limit) {
        return edges(EDGES_IN, ids, limit, true);
    }

    /**
     * Entities of a type related to a subject by one of the predicates, ranked by a numeric property
     * ("周星驰参演的电影里评分最高的").
     */
    public List<Edge> ranked(String id, List<String> predicates, EntityType type, String property, boolean descending, int limit) {
        Map<String, Object> params = Map.of("id", id, "predicates", predicates, "type", type.name(),
                "property", property, "limit", limit);
        try (Session session = driver.session()) {
            return session.run(descending ? RANK_DESC : RANK_ASC, params, readConfig).list(r ->
                    new Edge(id, property, r.get("oid").asString(), r.get("object").asString(), type, false));
        }
    }

    /** Entity count per type plus {@code REL} edges, for summaries and health. */
    public Map<String, Long> counts() {
        try (Session session = driver.session()) {
            Map<String, Long> out = new LinkedHashMap<>();
            session.run(COUNTS, readConfig).forEachRemaining(r -> out.put(r.get("type").asString("?"), r.get("n").asLong()));
            out.put("relations", session.run(RELATION_COUNT, readConfig).single().get("n").asLong());
            return out;
        }
    }

    /** A cheap round trip to the database. */
    public void ping() {
        try (Session session = driver.session()) {
            session.run("RETURN 1", readConfig).consume();
        }
    }

    private List<Edge> edges(String cypher, List<String> ids, int limit, boolean incoming) {
        if (ids.isEmpty()) return List.of();
        Map<String, Object> params = Map.of("ids", new ArrayList<>(ids), "limit", limit);
        try (Session session = driver.session()) {
            return session.run(cypher, params, readConfig).list(r -> new Edge(
                    r.get("subject").asString(), r.get("p").asString(), r.get("oid").asString(),
                    r.get("object").asString(), EntityType.parse(r.get("otype").asString(null)), incoming));
        }
    }
}
