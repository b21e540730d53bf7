package io.xiaobu.kg.imports;

import io.xiaobu.kg.model.Entity;
import io.xiaobu.kg.model.Fact;
import io.xiaobu.kg.model.Relation;
import io.xiaobu.kg.store.GraphWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where importers put what they read: rows are buffered and written in batches ({@code UNWIND}).
 * Entities are always flushed before relations, so an edge's ends exist when it is written. Bad rows
 * are counted and the first few reported; they never abort an import.
 */
public final class ImportSink implements AutoCloseable {

    private final GraphWriter writer;
    private final int batchSize;
    private final int maxReportedBadRows;
    private final Consumer<String> log;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();
    private final Map<String, long[]> perSource = new LinkedHashMap<>();
    private String source = "?";
    private long badRows;
    private long rows;
    private final long progressEvery = 20_000;
    private GraphWriter.WriteCounts written = GraphWriter.WriteCounts.ZERO;

    public ImportSink(GraphWriter writer, int batchSize, int maxReportedBadRows, Consumer<String> log) {
        this.writer = writer;
        this.batchSize = batchSize;
        this.maxReportedBadRows = maxReportedBadRows;
        this.log = log;
    }

    /** Names the source the following rows come from (for the summary). */
    public void source(String name) {
        flush();
        source = name;
        perSource.computeIfAbsent(name, k -> new long[4]);
    }

    public void entity(Entity e) {
        if (e.name() == null || e.name().isBlank()) {
            bad("entity without a name: " + e.id());
            return;
        }
        entities.add(e);
        counts()[0]++;
        if (entities.size() >= batchSize) flushEntities();
    }

    public void relation(Relation r) {
        relations.add(r);
        counts()[1]++;
        if (relations.size() >= batchSize) {
            flushEntities();
            flushRelations();
        }
    }

    public void fact(Fact f) {
        if (f.subject() == null || f.subject().isBlank() || f.object() == null || f.object().isBlank()
                || f.predicate() == null || f.predicate().isBlank()) {
            bad("incomplete fact " + f);
            return;
        }
        facts.add(f);
        counts()[2]++;
        if (facts.size() >= batchSize) {
            flushEntities();
            flushFacts();
        }
    }

    /** Reports a row that could not be read and goes on. */
    public void bad(String why) {
        badRows++;
        counts()[3]++;
        if (badRows <= maxReportedBadRows) log.accept("  skipped bad row (" + source + "): " + why);
    }

    public void flush() {
        flushEntities();
        flushRelations();
        flushFacts();
    }

    private void flushEntities() {
        write(entities, writer::upsertEntities);
    }

    private void flushRelations() {
        write(relations, writer::upsertRelations);
    }

    private void flushFacts() {
        write(facts, writer::upsertFacts);
    }

    /** Writes a batch; when the database refuses it, writes row by row and reports the rows it refuses. */
    private <T> void write(List<T> batch, java.util.function.Function<List<T>, GraphWriter.WriteCounts> fn) {
        if (batch.isEmpty()) return;
        try {
            written = written.plus(fn.apply(batch));
        } catch (org.neo4j.driver.exceptions.ClientException e) {
            for (T row : batch) {
                try {
                    written = written.plus(fn.apply(List.of(row)));
                } catch (org.neo4j.driver.exceptions.ClientException rowError) {
                    String text = String.valueOf(row);
                    bad("refused by the database: " + (text.length() > 120 ? text.substring(0, 120) + "…" : text)
                            + " (" + rowError.code() + ")");
                }
            }
        }
        batch.clear();
    }

    private long[] counts() {
        if (++rows % progressEvery == 0) log.accept("  … " + rows + " rows read (" + source + ")");
        return perSource.computeIfAbsent(source, k -> new long[4]);
    }

    /** Rows read per source: {entities, relations, facts, bad}. */
    public Map<String, long[]> perSource() {
        return perSource;
    }

    public long badRows() {
        return badRows;
    }

    /** What the database reported as created / set. */
    public GraphWriter.WriteCounts written() {
        return written;
    }

    @Override
    public void close() {
        flush();
    }
}
