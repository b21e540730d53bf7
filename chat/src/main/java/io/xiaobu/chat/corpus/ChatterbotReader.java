package io.xiaobu.chat.corpus;

import io.xiaobu.chat.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the ChatterBot Chinese YAML conversations. The {@code profile} and {@code AI} files describe a
 * different bot ("我有很多克隆", "Python") and would contradict 小布's persona, so they are skipped.
 */
public final class ChatterbotReader {

    /** Categories whose answers speak about the bot itself; the persona files answer those. */
    public static final Set<String> SKIPPED_CATEGORIES = Set.of("profile", "ai");

    private ChatterbotReader() {
    }

    @SuppressWarnings("unchecked")
    public static List<ChatPair> read(Path file) throws IOException {
        Map<String, Object> doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        List<ChatPair> out = new ArrayList<>();
        if (doc == null) {
            return out;
        }
        List<Object> categories = (List<Object>) doc.getOrDefault("categories", List.of());
        if (categories.stream().anyMatch(c -> SKIPPED_CATEGORIES.contains(String.valueOf(c).toLowerCase()))) {
            return out;
        }
        for (Object conv : (List<Object>) doc.getOrDefault("conversations", List.of())) {
            if (!(conv instanceof List<?> turns)) {
                continue;
            }
            for (int i = 0; i + 1 < turns.size(); i++) {
                String post = Texts.clean(String.valueOf(turns.get(i)));
                String reply = Texts.clean(String.valueOf(turns.get(i + 1)));
                if (Texts.hasContent(post) && Texts.hasContent(reply)) {
                    out.add(ChatPair.of(post, reply, "chatterbot", file.getFileName().toString()));
                }
            }
        }
        return out;
    }
}
