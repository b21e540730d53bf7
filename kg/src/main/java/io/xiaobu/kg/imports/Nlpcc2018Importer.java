package io.xiaobu.kg.imports;

import io.xiaobu.kg.model.Entity;
import io.xiaobu.kg.model.EntityType;
import io.xiaobu.kg.model.Relation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NLPCC 2018 task 4: the singer and song dictionaries, and the singer–song pairs of the annotated
 * utterances. A tagged value {@code mention||canonical} is a real ASR error; the mention becomes an alias
 * of the canonical entity only for sessions of the train part ({@link Nlpcc2018Split}), so the dev part
 * measures ASR-tolerant linking on errors the graph has never seen.
 */
public final class Nlpcc2018Importer implements SourceImporter {

    static final Pattern TAG = Pattern.compile("<(singer|song)>(.*?)</\\1>");
    private static final double DICTIONARY_POPULARITY = 0.3;

    @Override
    public String name() {
        return "nlpcc2018-task4";
    }

    @Override
    public Path required() {
        return Path.of("nlu", "nlpcc2018-task4");
    }

    @Override
    public void read(Path dataDir, ImportSink sink) throws IOException {
        Path dir = dataDir.resolve(required());
        dictionary(dir.resolve("slot-dictionaries/singer.txt"), EntityType.PERSON, sink);
        dictionary(dir.resolve("slot-dictionaries/song.txt"), EntityType.SONG, sink);
        int lineNo = 0;
        for (String line : Files.readAllLines(dir.resolve("corpus.train.txt"), StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) continue;
            String[] cols = line.split("\t");
            if (cols.length < 4) {
                sink.bad("corpus.train.txt:" + lineNo + " has " + cols.length + " columns");
                continue;
            }
            boolean train = !Nlpcc2018Split.isDev(cols[0]);
            String singer = null;
            String song = null;
            Matcher m = TAG.matcher(cols[3]);
            while (m.find()) {
                EntityType type = m.group(1).equals("singer") ? EntityType.PERSON : EntityType.SONG;
                String[] parts = m.group(2).split("\\|\\|", -1);
                String canonical = parts.length > 1 ? parts[1].trim() : parts[0].trim();
                if (canonical.isEmpty()) {
                    sink.bad("corpus.train.txt:" + lineNo + " empty " + m.group(1));
                    continue;
                }
                List<String> aliases = parts.length > 1 && train && !parts[0].isBlank() ? List.of(parts[0].trim()) : List.of();
                sink.entity(new Entity(Entity.idOf(type, canonical), canonical, type, aliases, DICTIONARY_POPULARITY,
                        type == EntityType.PERSON ? Map.of("role", "singer") : Map.of()));
                if (type == EntityType.PERSON) singer = canonical;
                else song = canonical;
            }
            if (singer != null && song != null) {
                sink.relation(new Relation(Entity.idOf(EntityType.PERSON, singer), "演唱", Entity.idOf(EntityType.SONG, song)));
            }
        }
    }

    private static void dictionary(Path file, EntityType type, ImportSink sink) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String name = line.trim();
            if (name.isEmpty()) continue;
            sink.entity(new Entity(Entity.idOf(type, name), name, type, List.of(), DICTIONARY_POPULARITY,
                    type == EntityType.PERSON ? Map.of("role", "singer") : Map.of()));
        }
    }
}
