package io.xiaobu.kg.imports;

import io.xiaobu.kg.model.Entity;
import io.xiaobu.kg.model.EntityType;
import io.xiaobu.kg.model.Relation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Person–person relation triples {@code a###b###relation###n} (妻子, 好友, 搭档 …). */
public final class PersonRelationImporter implements SourceImporter {

    @Override
    public String name() {
        return "person-relations";
    }

    @Override
    public Path required() {
        return Path.of("kg", "person-relations", "rel_data.txt");
    }

    @Override
    public void read(Path dataDir, ImportSink sink) throws IOException {
        Set<String> seen = new HashSet<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(dataDir.resolve(required()), StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) continue;
            String[] c = line.split("###");
            if (c.length < 3 || c[0].isBlank() || c[1].isBlank() || c[2].isBlank()) {
                sink.bad("rel_data.txt:" + lineNo + " is not a###b###relation");
                continue;
            }
            for (String name : new String[] {c[0].trim(), c[1].trim()}) {
                if (seen.add(name)) sink.entity(Entity.of(EntityType.PERSON, name, 0.2));
            }
            sink.relation(new Relation(Entity.idOf(EntityType.PERSON, c[0]), c[2].trim(), Entity.idOf(EntityType.PERSON, c[1])));
        }
    }
}
