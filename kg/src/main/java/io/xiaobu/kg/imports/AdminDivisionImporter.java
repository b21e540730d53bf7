package io.xiaobu.kg.imports;

import io.xiaobu.kg.model.Entity;
import io.xiaobu.kg.model.EntityType;
import io.xiaobu.kg.model.Relation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PRC divisions province → city → county (modood, NBS codes) with short names from the xiangyuecn list
 * and the weather city list's Chinese names as aliases. Places are keyed by code ({@code place:4403}),
 * like the starter graph's; {@code 市辖区} pseudo-cities are skipped and their counties hang off the province.
 */
public final class AdminDivisionImporter implements SourceImporter {

    @Override
    public String name() {
        return "admin-divisions";
    }

    @Override
    public Path required() {
        return Path.of("kg", "admin-divisions-modood", "dist");
    }

    @Override
    public void read(Path dataDir, ImportSink sink) throws IOException {
        Path dist = dataDir.resolve(required());
        Map<String, List<String>> aliases = aliases(dataDir);
        Map<String, String> cityIds = new HashMap<>();
        for (List<String> r : csv(dist.resolve("provinces.csv"), sink)) {
            sink.entity(place(r.get(0), r.get(1), "province", 0.6, aliases));
        }
        for (List<String> r : csv(dist.resolve("cities.csv"), sink)) {
            if (r.get(1).equals("市辖区") || r.get(1).equals("县")) continue;
            sink.entity(place(r.get(0), r.get(1), "city", 0.45, aliases));
            cityIds.put(r.get(0), Entity.idOf(EntityType.PLACE, r.get(0)));
            sink.relation(new Relation(Entity.idOf(EntityType.PLACE, r.get(0)), "属于", Entity.idOf(EntityType.PLACE, r.get(2))));
        }
        for (List<String> r : csv(dist.resolve("areas.csv"), sink)) {
            if (r.get(1).equals("市辖区")) continue;
            sink.entity(place(r.get(0), r.get(1), "county", 0.25, aliases));
            String parent = cityIds.getOrDefault(r.get(2), Entity.idOf(EntityType.PLACE, r.get(3)));
            sink.relation(new Relation(Entity.idOf(EntityType.PLACE, r.get(0)), "属于", parent));
        }
    }

    private static Entity place(String code, String name, String level, double popularity, Map<String, List<String>> aliases) {
        return new Entity(Entity.idOf(EntityType.PLACE, code), name, EntityType.PLACE, aliases.getOrDefault(code, List.of()),
                popularity, Map.of("level", level, "adcode", code));
    }

    /** Short names by code: xiangyuecn {@code id,pid,deep,name,…} and the weather list's names by AD code. */
    private static Map<String, List<String>> aliases(Path dataDir) throws IOException {
        Map<String, List<String>> out = new HashMap<>();
        Path short3 = dataDir.resolve("kg/city-aliases/xiangyuecn/ok_data_level3.csv");
        if (Files.exists(short3)) {
            for (String line : Files.readAllLines(short3, StandardCharsets.UTF_8)) {
                List<String> c = splitCsv(line);
                if (c.size() < 4 || !c.get(0).chars().allMatch(Character::isDigit)) continue;
                out.computeIfAbsent(c.get(0), k -> new ArrayList<>()).add(c.get(3));
            }
        }
        Path weather = dataDir.resolve("kg/city-aliases/qweather/China-City-List-latest.csv");
        if (Files.exists(weather)) {
            for (String line : Files.readAllLines(weather, StandardCharsets.UTF_8)) {
                List<String> c = splitCsv(line);
                if (c.size() < 14 || !c.get(13).matches("\\d{6}")) continue;
                String ad = c.get(13).replaceAll("(00)+$", "");
                if (ad.length() % 2 == 1) ad = ad + "0";
                out.computeIfAbsent(ad, k -> new ArrayList<>()).add(c.get(2));
            }
        }
        return out;
    }

    private static List<List<String>> csv(Path file, ImportSink sink) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            List<String> c = splitCsv(lines.get(i));
            if (c.size() < 2 || c.get(0).isEmpty()) {
                sink.bad(file.getFileName() + ":" + (i + 1) + " unreadable");
                continue;
            }
            rows.add(c);
        }
        return rows;
    }

    /** Splits one CSV line with double-quoted fields (no embedded newlines in these files). */
    static List<String> splitCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\uFEFF') continue;
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                out.add(cur.toString().trim());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().trim());
        return out;
    }
}
