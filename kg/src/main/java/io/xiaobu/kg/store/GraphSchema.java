package io.xiaobu.kg.store;

import java.util.List;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** The constraints and indexes the project declares at start-up; every statement is idempotent. */
public final class GraphSchema {

    static final List<String> STATEMENTS = List.of(
            "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
            "CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)",
            "CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)",
            "CREATE INDEX rel_predicate IF NOT EXISTS FOR ()-[r:REL]-() ON (r.p)");

    private GraphSchema() {}

    /** Creates what is missing and waits until every index is online. */
    public static void apply(Driver driver) {
        try (Session session = driver.session()) {
            for (String statement : STATEMENTS) session.run(statement).consume();
            session.run("CALL db.awaitIndexes(60)").consume();
        }
    }
}
