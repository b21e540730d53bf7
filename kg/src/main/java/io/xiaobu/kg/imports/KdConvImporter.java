package io.xiaobu.kg.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xiaobu.kg.model.EntityType;
import io.xiaobu.kg.model.Fact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * KdConv knowledge triples: those attached to the dialogue turns (film / music / travel dev parts) and the
 * travel KB file. Long {@code Information} texts are skipped (they are passages, not facts).
 */
public final class KdConvImporter implements SourceImporter {

    private static final int MAX_OBJECT_LENGTH = 200;
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String name() {
        return "kdconv";
    }

    @Override
    public Path required() {
        return Path.of("chat", "kdconv");
    }

    @Override
    public void read(Path dataDir, ImportSink sink) throws IOException {
        Path dir = dataDir.resolve(required());
        Set<String> seen = new HashSet<>();
        for (String domain : new String[] {"film", "music", "travel"}) {
            Path dev = dir.resolve(domain).resolve("dev.json");
            if (!Files.exists(dev)) continue;
            for (JsonNode dialogue : json.readTree(dev.toFile())) {
                for (JsonNode message : dialogue.path("messages")) {
                    for (JsonNode a : message.path("attrs")) {
                        add(a.path("name").asText(""), a.path("attrname").asText(""), a.path("attrvalue").asText(""), seen, sink);
                    }
                }
            }
        }
        Path kb = dir.resolve("travel").resolve("kb_travel.json");
        if (Files.exists(kb)) {
            JsonNode root = json.readTree(kb.toFile());
            for (var it = root.fields(); it.hasNext(); ) {
                for (JsonNode t : it.next().getValue()) {
                    if (t.size() == 3) add(t.get(0).asText(), t.get(1).asText(), t.get(2).asText(), seen, sink);
                    else sink.bad("kb_travel.json triple of size " + t.size());
                }
            }
        }
    }

    private static void add(String s, String p, String o, Set<String> seen, ImportSink sink) {
        if (p.equals("Information") || o.length() > MAX_OBJECT_LENGTH) return;
        if (s.isBlank() || p.isBlank() || o.isBlank()) {
            sink.bad("incomplete KdConv triple (" + s + ", " + p + ", " + o + ")");
            return;
        }
        if (seen.add(s + "\u0000" + p + "\u0000" + o)) sink.fact(new Fact(s.trim(), p.trim(), o.trim(), EntityType.THING));
    }
}
