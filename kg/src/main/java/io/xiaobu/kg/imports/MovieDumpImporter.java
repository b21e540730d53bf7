package io.xiaobu.kg.imports;

import io.xiaobu.kg.model.Entity;
import io.xiaobu.kg.model.EntityType;
import io.xiaobu.kg.model.Fact;
import io.xiaobu.kg.model.Relation;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The movie KG MySQL dump (films with rating and release date, people with birthday and birthplace,
 * genres, person–film links). Films and people are keyed by name, so they merge with the starter graph.
 * Person–film links carry no role in the source: they become {@code 参演}.
 */
public final class MovieDumpImporter implements SourceImporter {

    @Override
    public String name() {
        return "kg-movie";
    }

    @Override
    public Path required() {
        return Path.of("kg", "kg-movie-simmerchan", "kg_demo_movie.sql");
    }

    @Override
    public void read(Path dataDir, ImportSink sink) throws IOException {
        Map<String, String> genres = new HashMap<>();
        Map<String, String> films = new HashMap<>();
        Map<String, String> people = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(dataDir.resolve(required()), StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String table = SqlValues.table(line);
                if (table == null) continue;
                for (List<String> row : SqlValues.tuples(line)) {
                    try {
                        switch (table) {
                            case "genre" -> genre(row, genres, sink);
                            case "movie" -> movie(row, films, sink);
                            case "person" -> person(row, people, sink);
                            case "movie_to_genre" -> link(films.get(row.get(0)), "类型", genres.get(row.get(1)), sink);
                            case "person_to_movie" -> link(people.get(row.get(0)), "参演", films.get(row.get(1)), sink);
                            default -> { }
                        }
                    } catch (RuntimeException e) {
                        sink.bad(table + " row " + row + ": " + e.getMessage());
                    }
                }
            }
        }
    }

    private static void genre(List<String> row, Map<String, String> genres, ImportSink sink) {
        Entity g = Entity.of(EntityType.GENRE, row.get(1), 0.1);
        genres.put(row.get(0), g.id());
        sink.entity(g);
    }

    private static void movie(List<String> row, Map<String, String> films, ImportSink sink) {
        String title = row.get(1);
        if (title == null || title.isBlank()) {
            sink.bad("movie " + row.get(0) + " without a title");
            return;
        }
        Map<String, Object> props = new HashMap<>();
        double rating = row.get(3) == null ? 0 : Double.parseDouble(row.get(3));
        if (row.get(3) != null) props.put("rating", rating);
        String date = row.get(4);
        if (date != null && date.length() >= 4 && date.substring(0, 4).chars().allMatch(Character::isDigit)) {
            props.put("year", Double.parseDouble(date.substring(0, 4)));
            props.put("releaseDate", date);
        }
        Entity film = new Entity(Entity.idOf(EntityType.FILM, title), title, EntityType.FILM, List.of(),
                Math.min(0.7, 0.2 + rating / 20), props);
        films.put(row.get(0), film.id());
        sink.entity(film);
        if (row.get(3) != null) sink.fact(new Fact(title, "评分", row.get(3), EntityType.FILM));
        if (date != null && !date.isBlank()) sink.fact(new Fact(title, "上映时间", date, EntityType.FILM));
    }

    private static void person(List<String> row, Map<String, String> people, ImportSink sink) {
        String name = row.get(3) == null || row.get(3).isBlank() ? row.get(4) : row.get(3);
        if (name == null || name.isBlank()) {
            sink.bad("person " + row.get(0) + " without a name");
            return;
        }
        List<String> aliases = row.get(4) == null || row.get(4).isBlank() || row.get(4).equals(name) ? List.of() : List.of(row.get(4));
        Entity p = new Entity(Entity.idOf(EntityType.PERSON, name), name, EntityType.PERSON, aliases, 0.4, Map.of("role", "actor"));
        people.put(row.get(0), p.id());
        sink.entity(p);
        if (row.get(1) != null && !row.get(1).isBlank()) sink.fact(new Fact(name, "出生日期", row.get(1), EntityType.PERSON));
        if (row.get(6) != null && !row.get(6).isBlank()) sink.fact(new Fact(name, "出生地", row.get(6), EntityType.PERSON));
    }

    private static void link(String from, String predicate, String to, ImportSink sink) {
        if (from == null || to == null) {
            sink.bad(predicate + " link to an unknown id");
            return;
        }
        sink.relation(new Relation(from, predicate, to));
    }
}
