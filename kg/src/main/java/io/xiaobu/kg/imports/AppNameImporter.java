package io.xiaobu.kg.imports;

import io.xiaobu.kg.model.Entity;
import io.xiaobu.kg.model.EntityType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** App names with their Android package / iOS bundle id (Open-AutoGLM tables) and app names seen in SMP. */
public final class AppNameImporter implements SourceImporter {

    @Override
    public String name() {
        return "app-names";
    }

    @Override
    public Path required() {
        return Path.of("kg", "app-names");
    }

    @Override
    public void read(Path dataDir, ImportSink sink) throws IOException {
        Path dir = dataDir.resolve(required());
        table(dir.resolve("open-autoglm_apps.tsv"), "android", sink);
        table(dir.resolve("open-autoglm_apps_ios.tsv"), "ios", sink);
        Path smp = dir.resolve("smp_ecdt_app_name_slot_values.txt");
        if (Files.exists(smp)) {
            for (String line : Files.readAllLines(smp, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) sink.entity(Entity.of(EntityType.APP, line.trim(), 0.3));
            }
        }
    }

    private static void table(Path file, String platform, ImportSink sink) throws IOException {
        if (!Files.exists(file)) return;
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split("\t");
            if (c.length < 3 || c[1].isBlank() || c[2].isBlank()) {
                sink.bad(file.getFileName() + ":" + (i + 1) + " is not dict/name/package");
                continue;
            }
            String name = c[1].trim();
            sink.entity(new Entity(Entity.idOf(EntityType.APP, name), name, EntityType.APP, List.of(), 0.5,
                    Map.of(platform, c[2].trim())));
        }
    }
}
