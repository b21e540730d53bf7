package io.xiaobu.cli;

import io.xiaobu.kg.imports.KgImporter;
import io.xiaobu.kg.imports.SourceImporter;
import io.xiaobu.kg.server.ServerLocations;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code xiaobu import kg --data DIR}: the knowledge graph from ../shared/data, batched and idempotent. */
@Command(name = "kg", mixinStandardHelpOptions = true,
        description = "Import the knowledge-graph sources (NLPCC 2018 music, movie KG, person relations, "
                + "divisions + city aliases, apps, NLPCC 2016 KBQA, KdConv) into Neo4j. Safe to run twice.")
public final class ImportKgCommand implements Callable<Integer> {

    @Option(names = "--data", description = "public data directory (default: ${DEFAULT-VALUE})")
    Path data = ServerLocations.publicDataDir();

    @Option(names = "--batch", description = "rows per UNWIND batch (default: ${DEFAULT-VALUE})")
    int batch = 2000;

    @Option(names = "--only", split = ",", description = "only these sources, e.g. kg-movie,app-names")
    List<String> only;

    @Mixin
    GraphOptions graph;

    @Override
    public Integer call() throws Exception {
        List<SourceImporter> sources = KgImporter.allSources().stream()
                .filter(s -> only == null || only.contains(s.name())).toList();
        try (GraphOptions.Connection c = graph.open()) {
            System.out.println("Importing from " + data.toAbsolutePath().normalize() + " into " + c.uri());
            KgImporter.Summary s = new KgImporter(c.driver(), batch, System.out::println).run(data, sources);
            System.out.println();
            System.out.println("source                  entities  relations      facts   bad");
            s.perSource().forEach((name, n) -> System.out.printf("%-20s %11d %10d %10d %5d%n", name, n[0], n[1], n[2], n[3]));
            System.out.println();
            System.out.println("graph now: " + s.counts());
            System.out.printf("created %d nodes, %d relationships; %d bad rows skipped; %s; %.1f s%n",
                    s.written().nodesCreated(), s.written().relationshipsCreated(), s.badRows(),
                    s.skipped().isEmpty() ? "no source missing" : "missing: " + s.skipped(), s.millis() / 1000.0);
            return 0;
        }
    }
}
