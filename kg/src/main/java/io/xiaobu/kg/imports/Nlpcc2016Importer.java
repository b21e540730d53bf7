package io.xiaobu.kg.imports;

import io.xiaobu.kg.model.EntityType;
import io.xiaobu.kg.model.Fact;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** NLPCC 2016 KBQA triples {@code subject ||| predicate ||| object} as open-domain facts. */
public final class Nlpcc2016Importer implements SourceImporter {

    @Override
    public String name() {
        return "nlpcc2016-kbqa";
    }

    @Override
    public Path required() {
        return Path.of("kg", "nlpcc2016-kbqa", "kb.triples");
    }

    @Override
    public void read(Path dataDir, ImportSink sink) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(dataDir.resolve(required()), StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) continue;
                String[] c = line.split(" \\|\\|\\| ", -1);
                if (c.length != 3 || c[0].isBlank() || c[1].isBlank() || c[2].isBlank()) {
                    sink.bad("kb.triples:" + lineNo + " is not s ||| p ||| o");
                    continue;
                }
                sink.fact(new Fact(c[0].trim(), c[1].trim(), c[2].trim(), EntityType.THING));
            }
        }
    }
}
