package io.xiaobu.kg.imports;

import io.xiaobu.kg.store.GraphReader;
import io.xiaobu.kg.store.GraphSchema;
import io.xiaobu.kg.store.GraphWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.neo4j.driver.Driver;

/**
 * Imports the starter graph and every public source found under the data directory, in an order that
 * lets later sources merge into earlier entities. Prints progress and returns a summary.
 */
public final class KgImporter {

    /**
     * What an import did.
     *
     * @param perSource rows read per source: {entities, relations, facts, bad}
     * @param counts    entities per type and relations in the graph afterwards
     * @param written   what the database created
     * @param skipped   sources whose files were absent
     * @param millis    wall time
     */
    public record Summary(Map<String, long[]> perSource, Map<String, Long> counts, GraphWriter.WriteCounts written,
                          List<String> skipped, long badRows, long millis) {}

    private final Driver driver;
    private final int batchSize;
    private final Consumer<String> log;

    public KgImporter(Driver driver, int batchSize, Consumer<String> log) {
        this.driver = driver;
        this.batchSize = batchSize;
        this.log = log;
    }

    public static List<SourceImporter> allSources() {
        return List.of(new AppNameImporter(), new AdminDivisionImporter(), new MovieDumpImporter(),
                new Nlpcc2018Importer(), new PersonRelationImporter(), new Nlpcc2016Importer(), new KdConvImporter());
    }

    public Summary run(Path dataDir, List<SourceImporter> sources) {
        long started = System.nanoTime();
        GraphSchema.apply(driver);
        List<String> skipped = new java.util.ArrayList<>();
        ImportSink sink = new ImportSink(new GraphWriter(driver), batchSize, 20, log);
        sink.source("starter");
        StarterGraph starter = StarterGraph.load();
        starter.entities().forEach(sink::entity);
        starter.relations().forEach(sink::relation);
        for (SourceImporter source : sources) {
            if (!Files.exists(dataDir.resolve(source.required()))) {
                log.accept("skip " + source.name() + ": " + dataDir.resolve(source.required()) + " not found");
                skipped.add(source.name());
                continue;
            }
            long t = System.nanoTime();
            log.accept("import " + source.name() + " …");
            sink.source(source.name());
            try {
                source.read(dataDir, sink);
                sink.flush();
            } catch (Exception e) {
                sink.bad(source.name() + " stopped early: " + e);
            }
            long[] c = sink.perSource().get(source.name());
            log.accept(String.format("  %s: %d entities, %d relations, %d facts, %d bad rows in %.1f s",
                    source.name(), c[0], c[1], c[2], c[3], (System.nanoTime() - t) / 1e9));
        }
        sink.close();
        Map<String, Long> counts = new GraphReader(driver, Duration.ofMinutes(2)).counts();
        return new Summary(sink.perSource(), counts, sink.written(), skipped, sink.badRows(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
