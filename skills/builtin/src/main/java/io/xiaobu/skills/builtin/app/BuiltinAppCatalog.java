package io.xiaobu.skills.builtin.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A small fallback list of well-known apps, read from {@code /skills/apps.tsv}
 * ({@code name \t package \t alias,alias}). Matching ignores case, spaces and an "app"/"软件" suffix.
 */
public final class BuiltinAppCatalog implements AppResolver {

    private final Map<String, AppRef> byName = new HashMap<>();

    public BuiltinAppCatalog() {
        try (InputStream in = BuiltinAppCatalog.class.getResourceAsStream("/skills/apps.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                AppRef ref = new AppRef(f[0], f[1], null);
                byName.put(key(f[0]), ref);
                if (f.length > 2) for (String alias : f[2].split(",")) byName.put(key(alias), ref);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\s+", "").replaceAll("(app|应用|软件|客户端)$", "");
    }

    @Override
    public Optional<AppRef> resolve(String name, String entityId) {
        if (name == null || name.isBlank()) return Optional.empty();
        return Optional.ofNullable(byName.get(key(name)));
    }

    public int size() {
        return byName.size();
    }
}
