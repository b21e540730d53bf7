package io.xiaobu.kg.store;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Cypher for the multi-hop question set: sampling candidate questions from the graph, and checking each
 * answer with a query written independently of the KBQA engine (by name, fixed shape, no linking).
 */
public final class MultiHopQueries {

    private static final String SAMPLE_CHAIN_BIRTHPLACE = """
            MATCH (a:Person)-[r1:REL]->(b:Person)-[:REL {p: '出生地'}]->(c)
            WHERE size(a.name) >= 2 AND NOT r1.p IN ['出生地', '出生日期']
            WITH a, r1.p AS p1, collect(DISTINCT b) AS bs, collect(DISTINCT c.name) AS answers
            WHERE size(bs) = 1 AND size(answers) = 1
            MATCH (same:Entity {name: a.name})
            WITH a, p1, answers, count(same) AS homonyms WHERE homonyms = 1
            RETURN a.name AS a, p1, answers[0] AS answer ORDER BY a LIMIT $limit
            """;
    private static final String SAMPLE_CHAIN_PERSONS = """
            MATCH (a:Person)-[r1:REL]->(b:Person)-[r2:REL]->(c:Person)
            WHERE a <> c AND size(a.name) >= 2 AND r1.p <> r2.p
            WITH a, r1.p AS p1, r2.p AS p2, collect(DISTINCT b) AS bs, collect(DISTINCT c.name) AS answers
            WHERE size(bs) = 1 AND size(answers) = 1
            MATCH (same:Entity {name: a.name})
            WITH a, p1, p2, answers, count(same) AS homonyms WHERE homonyms = 1
            RETURN a.name AS a, p1, p2, answers[0] AS answer ORDER BY a LIMIT $limit
            """;
    private static final String SAMPLE_TOP_RATED = """
            MATCH (a:Person)-[:REL {p: '参演'}]->(f:Film) WHERE f.rating IS NOT NULL AND size(a.name) >= 2
            WITH a, f ORDER BY f.rating DESC
            WITH a, collect(f) AS films WHERE size(films) >= 3 AND films[0].rating > films[1].rating
            MATCH (same:Entity {name: a.name})
            WITH a, films, count(same) AS homonyms WHERE homonyms = 1
            RETURN a.name AS a, films[0].name AS answer ORDER BY a LIMIT $limit
            """;
    private static final String CHECK_CHAIN2 = """
            MATCH (:Entity {name: $a})-[:REL {p: $p1}]->()-[:REL {p: $p2}]->(c) RETURN DISTINCT c.name AS v
            """;
    private static final String CHECK_CHAIN3 = """
            MATCH (:Entity {name: $a})-[:REL {p: $p1}]->()-[:REL {p: $p2}]->()-[:REL {p: $p3}]->(c)
            RETURN DISTINCT c.name AS v
            """;
    private static final String CHECK_TOP_RATED = """
            MATCH (:Entity {name: $a})-[:REL {p: '参演'}]->(f:Film) WHERE f.rating IS NOT NULL
            RETURN f.name AS v ORDER BY f.rating DESC LIMIT 1
            """;

    private final Driver driver;

    public MultiHopQueries(Driver driver) {
        this.driver = driver;
    }

    public List<Map<String, Object>> sampleChainBirthplace(int limit) {
        return rows(SAMPLE_CHAIN_BIRTHPLACE, Map.of("limit", limit));
    }

    public List<Map<String, Object>> sampleChainPersons(int limit) {
        return rows(SAMPLE_CHAIN_PERSONS, Map.of("limit", limit));
    }

    public List<Map<String, Object>> sampleTopRated(int limit) {
        return rows(SAMPLE_TOP_RATED, Map.of("limit", limit));
    }

    /** The answers of a shape computed directly: {@code chain} (2 or 3 predicates) or {@code top-rated}. */
    public List<String> check(String shape, String a, List<String> predicates) {
        String cypher = switch (shape) {
            case "chain" -> predicates.size() == 3 ? CHECK_CHAIN3 : CHECK_CHAIN2;
            case "top-rated" -> CHECK_TOP_RATED;
            default -> throw new IllegalArgumentException("unknown shape " + shape);
        };
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("a", a);
        for (int i = 0; i < predicates.size(); i++) params.put("p" + (i + 1), predicates.get(i));
        try (Session s = driver.session()) {
            return s.run(cypher, params).list(r -> r.get("v").asString());
        }
    }

    private List<Map<String, Object>> rows(String cypher, Map<String, Object> params) {
        try (Session s = driver.session()) {
            return s.run(cypher, params).list(r -> r.asMap());
        }
    }
}
